package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.konsultasi.account.StaffUser;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A consultation held before its appointment releases the appointment: the room and the officers are
 * free again, the officers no longer see it coming, the applicant is told and the calendar event is
 * cancelled, and the tracking page says what happened. A cancellation and a no-show end the appointment
 * the same way on the tracking page.
 */
@IntegrationTest
class EarlyHoldingTests {

    /** Wednesday 9 December 2026: the request is decided; Friday the 11th it is held; Monday the 14th was planned. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationService service;
    @Autowired
    ReportReview reviews;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    RequestService requestService;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    final TestClock clock = TestClock.INSTANCE;

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    PlanInput mondayAtNine(MeetingRoom room, StaffUser officer) {
        return new PlanInput(MONDAY, LocalTime.of(9, 0), 60, ConsultationMode.IN_PERSON, room.getId(), null, null,
                fixtures.ids(officer), officer.getId(), "KTP asli", "Sesuai permintaan pemohon");
    }

    static RecordContent heldOn(Office office, LocalDate day, StaffUser lead) {
        Instant start = ZonedDateTime.of(day, LocalTime.of(10, 0), office.zone()).toInstant();
        Instant end = ZonedDateTime.of(day, LocalTime.of(11, 0), office.zone()).toInstant();
        return new RecordContent(start, end, ConsultationMode.IN_PERSON, lead.getId(), Set.of(), null, null,
                "Pemohon sendiri", "Bantuan pendidikan anak", "Syarat dibahas", "Daftar ke DTKS", null, null, null,
                List.of(), Set.of(LetterSection.ADVICE), Set.of());
    }

    Document page(String path, StaffUser staff) throws Exception {
        var request = get(path);
        if (staff != null) {
            request = request.with(user(users.loadUserByUsername(staff.getUsername())));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static VEvent event(byte[] ics) {
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        return calendar.getEvents().get(0);
    }

    @Test
    void aConsultationHeldBeforeItsAppointmentReleasesTheSlotAndTellsTheApplicant() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        MeetingRoom room = fixtures.room("buton");
        String mail = email("awal");
        clock.set(WEDNESDAY.atTime(9, 0), buton.zone());
        ConsultationRequest r = fixtures.assigned("buton", mail, officer);
        Appointment planned = scheduling.schedule(me, r.getId(), mondayAtNine(room, officer));

        // the applicant came on Friday; the report is filed and acknowledged the same afternoon
        clock.set(FRIDAY.atTime(14, 0), buton.zone());
        ConsultationRecord filed = service.fileReport(me, r.getId(), null, heldOn(buton, FRIDAY, officer), null, Set.of());
        reviews.acknowledge(Staff.principal(users, "kadis.buton"), r.getId(), filed.getVersion());

        // Monday 09.00 is free again for the room and the officer
        ConsultationRequest next = fixtures.assigned("buton", email("berikut"), officer);
        Appointment booked = scheduling.schedule(me, next.getId(), mondayAtNine(room, officer));
        assertThat(booked.isActive()).isTrue();

        // the officer no longer sees it coming
        clock.set(FRIDAY.atTime(15, 0), buton.zone());
        Document mine = page("/staf/konsultasi-saya", officer);
        assertThat(mine.select("#h-upcoming").first().parent().text())
                .contains(next.getReceiptNumber()).doesNotContain(r.getReceiptNumber());

        // the applicant is told: held earlier, Monday's appointment released, the calendar event cancelled
        MimeMessage released = Mailbox.awaitSubject(mail, "Jadwal konsultasi " + r.getReceiptNumber() + " dilepas");
        assertThat(Mailbox.text(released, "text/plain")).contains("Jumat, 11 Desember 2026", "Senin, 14 Desember 2026");
        VEvent cancelled = event(Mailbox.attachment(released, "text/calendar"));
        assertThat(cancelled.getUid().getValue()).isEqualTo(planned.getIcsUid());
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isGreaterThan(planned.getIcsSequence());

        // the tracking page says what happened, without a calendar button; the event is served cancelled
        Document tracking = page("/lacak/" + r.getTrackingToken(), null);
        assertThat(tracking.select("#ics")).isEmpty();
        assertThat(tracking.select("#h-appointment").text()).contains("lebih awal");
        assertThat(tracking.select("#appointment-outcome").text()).contains("Jumat, 11 Desember 2026", "10.00",
                "Senin, 14 Desember 2026");
        byte[] ics = mvc.perform(get("/lacak/" + r.getTrackingToken() + "/jadwal.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(event(ics).getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aConsultationHeldAtItsTimeEndsTheAppointmentAndTheTrackingPageSaysItWasHeld() throws Exception {
        Office babel = fixtures.office("babel");
        StaffUser officer = fixtures.officer("babel");
        StaffPrincipal me = fixtures.principal(officer);
        MeetingRoom room = fixtures.room("babel");
        clock.set(WEDNESDAY.atTime(9, 0), babel.zone());
        ConsultationRequest r = fixtures.assigned("babel", email("tepat"), officer);
        scheduling.schedule(me, r.getId(), mondayAtNine(room, officer));

        clock.set(MONDAY.atTime(12, 0), babel.zone());
        service.recordHeld(me, r.getId(), null, new RecordContent(
                ZonedDateTime.of(MONDAY, LocalTime.of(9, 0), babel.zone()).toInstant(),
                ZonedDateTime.of(MONDAY, LocalTime.of(9, 40), babel.zone()).toInstant(), ConsultationMode.IN_PERSON,
                officer.getId(), Set.of(), null, null, null, null, null, null, null, null, null, List.of(), Set.of(),
                Set.of()), null, Set.of());

        Document tracking = page("/lacak/" + r.getTrackingToken(), null);
        assertThat(tracking.select("#ics")).isEmpty();
        assertThat(tracking.select("#h-appointment").text()).doesNotContain("dibatalkan");
        assertThat(tracking.select("#appointment-outcome").text()).contains("Senin, 14 Desember 2026", "09.00");
        mvc.perform(get("/lacak/" + r.getTrackingToken() + "/jadwal.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aCancellationOrANoShowAlsoFreesTheSlotAndTheTrackingPageSaysSo() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        MeetingRoom room = fixtures.room("buton");
        clock.set(WEDNESDAY.atTime(9, 0), buton.zone());

        // cancelled by the office
        ConsultationRequest byOffice = fixtures.assigned("buton", email("batal"), officer);
        Appointment first = scheduling.schedule(me, byOffice.getId(), mondayAtNine(room, officer));
        scheduling.cancel(me, first.getId(), first.getVersion(), "Ruang dipakai rapat mendadak");
        Document cancelled = page("/lacak/" + byOffice.getTrackingToken(), null);
        assertThat(cancelled.select("#ics")).isEmpty();
        assertThat(cancelled.select("#h-appointment").text()).contains("dibatalkan");

        // cancelled by the applicant: the slot is free for the next one
        ConsultationRequest byApplicant = fixtures.assigned("buton", email("mundur"), officer);
        scheduling.schedule(me, byApplicant.getId(), mondayAtNine(room, officer));
        requestService.cancelByApplicant(byApplicant.getTrackingToken(), "Sudah terjawab");
        org.awaitility.Awaitility.await().atMost(Mailbox.PATIENCE)
                .until(() -> scheduling.activeFor(byApplicant.getId()).isEmpty());
        assertThat(page("/lacak/" + byApplicant.getTrackingToken(), null).select("#ics")).isEmpty();

        // missed by the applicant
        ConsultationRequest missed = fixtures.assigned("buton", email("absen"), officer);
        Appointment third = scheduling.schedule(me, missed.getId(), mondayAtNine(room, officer));
        clock.set(MONDAY.atTime(10, 30), buton.zone());
        scheduling.noShow(me, third.getId(), third.getVersion());
        Document noShow = page("/lacak/" + missed.getTrackingToken(), null);
        assertThat(noShow.select("#ics")).isEmpty();
        assertThat(noShow.select("#h-appointment").text()).contains("tidak hadir");
    }
}
