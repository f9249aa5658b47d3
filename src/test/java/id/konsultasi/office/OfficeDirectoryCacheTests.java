package id.konsultasi.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An office's profile and standard change a few times a year and are read on every public page: the pages read
 * them from memory, and a change an administrator makes shows on the next view.
 */
@IntegrationTest
class OfficeDirectoryCacheTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    WorkingDayCalendar calendars;

    @Test
    void thePublicPagesReadTheOfficeAndItsStandardFromMemory() {
        String token = journeys.submit("babel", "Dewi Memori", "memori@contoh.id").trackingToken();
        for (String page : List.of("/", "/kantor/babel", "/kantor/babel/ajukan", "/lacak/" + token)) {
            view(get(URI.create(page)));
            List<String> statements = QueryCounter.count(() -> view(get(URI.create(page)))).statements();
            assertThat(statements).as(page).noneMatch(sql -> sql.matches("(?s).*\\bfrom office(_\\w+)? .*"));
        }
    }

    @Test
    void aRevisedStandardShowsOnTheNextView() {
        long officeId = directory.activeByCode("babel").orElseThrow().getId();
        String requirement = "Fotokopi kartu keluarga " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(text("/kantor/babel")).doesNotContain(requirement);

        ServiceStandard.Revision before = directory.standard(officeId);
        List<Requirement> requirements = new ArrayList<>(before.requirements());
        requirements.add(new Requirement(requirement, Requirement.AppliesTo.EVERYONE));
        administration.reviseStandard(officeId, directory.activeByCode("babel").orElseThrow().getVersion(),
                new ServiceStandard.Revision(before.serviceName(), before.decreeNumber(), requirements,
                        before.procedure(), before.limits(), before.completionTimeNote(), before.fee(),
                        before.products(), before.complaintChannels(), before.complaintNote(), before.switches()));
        try {
            assertThat(text("/kantor/babel")).contains(requirement);
            assertThat(text("/kantor/babel/ajukan")).contains(requirement);
        } finally {
            administration.reviseStandard(officeId, directory.activeByCode("babel").orElseThrow().getVersion(), before);
        }
        assertThat(text("/kantor/babel")).doesNotContain(requirement);
    }

    @Test
    void aHolidayAddedOrRemovedCountsAtOnce() {
        long officeId = directory.activeByCode("buton").orElseThrow().getId();
        // a working Wednesday a year ahead
        java.time.LocalDate day = java.time.LocalDate.now(TestClock.INSTANCE.withZone(directory.office(officeId).zone())).plusYears(1)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
        while (!calendars.forOffice(officeId).isWorkingDay(day)) {
            day = day.plusWeeks(1);
        }
        Holiday holiday = administration.addHoliday(officeId, day, "Hari jadi uji", HolidayKind.LOCAL);
        try {
            assertThat(calendars.forOffice(officeId).isWorkingDay(day)).isFalse();
        } finally {
            administration.removeHoliday(officeId, holiday.getId());
        }
        assertThat(calendars.forOffice(officeId).isWorkingDay(day)).isTrue();
    }

    String text(String page) {
        return Jsoup.parse(view(get(URI.create(page)))).text();
    }

    String view(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
