package id.konsultasi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.ConsultationSettings;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One lateness rule for result reports: the office's report (/staf/laporan) and the head's lists of
 * reports (/staf/laporan-konsultasi/kepala) say the same of the same consultation, with the same due moment,
 * whenever the setting changed and whenever the officer got round to recording the consultation as held.
 * An office of its own (Buton's standard, WITA, 08:00 to 16:00), in October 2026 (the 5th is a Monday).
 */
@IntegrationTest
class ReportLatenessTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** how the office's report writes a moment in its list of late items */
    static final DateTimeFormatter REPORT_TABLE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", INDONESIAN);
    /** how the head's lists write a moment */
    static final DateTimeFormatter LISTS = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", INDONESIAN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationSettings settings;

    Office office;
    StaffUser head;
    StaffUser officer;

    static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 10, day, hour, minute).atZone(WITA).toInstant();
    }

    @BeforeEach
    void anOfficeOfItsOwn() {
        Office buton = offices.findByCode("buton").orElseThrow();
        OfficeProfile p = buton.profile();
        String code = "telat-" + UUID.randomUUID().toString().substring(0, 6);
        office = administration.createOffice(code, new OfficeProfile("Dinas Uji Keterlambatan " + code, p.government(),
                p.address(), p.phone(), p.email(), p.website(), WITA, p.workStart(), p.workEnd(), "TLT"),
                directory.standard(buton.getId()));
        StaffPrincipal system = new StaffPrincipal(0, "s", "s", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        head = users.create(system, office.getId(), "kadis-" + code, "sandi-uji-panjang",
                new StaffUser.Profile("Kepala Uji", "Kepala Dinas", null, null, null, null), EnumSet.of(Role.KADIS));
        officer = users.create(system, office.getId(), "petugas-" + code, "sandi-uji-panjang",
                new StaffUser.Profile("Petugas Uji", "Petugas", null, null, null, null), EnumSet.of(Role.PETUGAS));
        assertThat(settings.of(office.getId()).getReportWorkingDays()).isEqualTo(2);
    }

    RecordContent held(Instant start, Instant end) {
        return new RecordContent(start, end, ConsultationMode.IN_PERSON, officer.getId(), Set.of(), null, null,
                "Pemohon sendiri", "Anak putus sekolah", "Dibahas syarat bantuan", "Daftarkan ke DTKS", null, null,
                null, List.of(), ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of(),
                "Pemohon hanya dapat datang sepulang kerja");
    }

    ConsultationRequest submittedMondayMorning() {
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 10, 5, 8, 0), WITA);
        return fixtures.assigned(office.getCode(), "lambat." + UUID.randomUUID().toString().substring(0, 6)
                + "@contoh.id", officer);
    }

    Document page(String url, String... params) throws Exception {
        var request = get(url).with(Staff.as(userDetails, head.getUsername()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    Document officeReport() throws Exception {
        return page("/staf/laporan", "dari", "2026-10-01", "sampai", "2026-10-31");
    }

    /** The row of the office report's list of late items that is about this request's result report. */
    Element lateReportRow(Document report, ConsultationRequest request) {
        return report.select("#late-" + office.getId() + " tbody tr").stream()
                .filter(tr -> tr.text().contains(request.getReceiptNumber()) && tr.text().contains("Laporan hasil konsultasi"))
                .findFirst().orElseThrow(() -> new AssertionError("the office report does not list the report of "
                        + request.getReceiptNumber() + " as late: " + report.select("#late-" + office.getId()).text()));
    }

    @Test
    void aReportPastTheDeadlineInForceWhenItWasHeldIsLateInBothWhateverTheSettingSaysToday() throws Exception {
        ConsultationRequest request = submittedMondayMorning();
        // held on Monday 09:00 to 10:30 and recorded at once: due two working days after, Wednesday at closing
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 10, 5, 11, 0), WITA);
        ConsultationRecord record = consultations.recordHeld(officer.toPrincipal(), request.getId(), null,
                held(at(5, 9, 0), at(5, 10, 30)), null, Set.of());
        assertThat(record.getReportDueAt()).isEqualTo(at(7, 16, 0));
        // afterwards the office allows ten working days: for reports of later consultations
        settings.update(office.getId(), settings.of(office.getId()).getVersion(), 10);

        TestClock.INSTANCE.set(LocalDateTime.of(2026, 10, 9, 12, 0), WITA);
        Element late = page("/staf/laporan-konsultasi/kepala").select("#h-late").first().parent();
        assertThat(late.text()).contains(request.getReceiptNumber(), LISTS.format(at(7, 16, 0).atZone(WITA)) + " WITA");

        Document report = officeReport();
        assertThat(report.select("#share-report-" + office.getId()).text())
                .contains("Tepat waktu 0, terlambat 0, lewat batas belum selesai 1");
        assertThat(lateReportRow(report, request).select("td").eachText())
                .containsSubsequence(REPORT_TABLE.format(at(7, 16, 0).atZone(WITA)), "Belum");
    }

    @Test
    void aConsultationHeldLateInTheEveningCountsFromItsEndNotFromWhenItWasRecorded() throws Exception {
        ConsultationRequest request = submittedMondayMorning();
        // held on Monday 19:00 to 20:30, after closing, and recorded only on Tuesday after closing
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 10, 6, 16, 30), WITA);
        ConsultationRecord record = consultations.recordHeld(officer.toPrincipal(), request.getId(), null,
                held(at(5, 19, 0), at(5, 20, 30)), null, Set.of());
        // an evening's end counts from the next working day, Tuesday: due Thursday at closing
        assertThat(record.getReportDueAt()).isEqualTo(at(8, 16, 0));

        // filed on Friday morning: late by the deadline of the consultation
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 10, 9, 9, 0), WITA);
        consultations.fileReport(officer.toPrincipal(), request.getId(), record.getVersion(),
                held(at(5, 19, 0), at(5, 20, 30)), null, Set.of());

        Element waiting = page("/staf/laporan-konsultasi/kepala").select("#h-waiting").first().parent();
        assertThat(waiting.select("li").stream().filter(li -> li.text().contains(request.getReceiptNumber())))
                .singleElement().satisfies(li -> assertThat(li.text()).contains("Diajukan terlambat"));

        Document report = officeReport();
        assertThat(report.select("#share-report-" + office.getId()).text())
                .contains("0,00 %", "Tepat waktu 0, terlambat 1, lewat batas belum selesai 0");
        assertThat(lateReportRow(report, request).select("td").eachText()).containsSubsequence(
                REPORT_TABLE.format(at(8, 16, 0).atZone(WITA)), REPORT_TABLE.format(at(9, 9, 0).atZone(WITA)));
    }
}
