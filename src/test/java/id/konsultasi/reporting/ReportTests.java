package id.konsultasi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Spreadsheets;
import id.konsultasi.support.SqlStatements;
import id.konsultasi.support.Staff;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports of an office of its own, in October 2026, with data generated to known outcomes: the page,
 * the exports and the recap show figures this test works out independently from what it generated.
 */
@IntegrationTest
class ReportTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
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
    ReportService reports;

    Office office;
    StaffUser head;
    long officer;
    int seq;

    static Timestamp at(int day, int hour, int minute) {
        return Timestamp.from(ZonedDateTime.of(2026, 10, day, hour, minute, 0, 0, WITA).toInstant());
    }

    @BeforeEach
    void anOfficeOfItsOwn() {
        Office buton = offices.findByCode("buton").orElseThrow();
        OfficeProfile p = buton.profile();
        String code = "lapor-" + UUID.randomUUID().toString().substring(0, 6);
        office = administration.createOffice(code, new OfficeProfile("Dinas Uji Laporan " + code, p.government(),
                p.address(), p.phone(), p.email(), p.website(), WITA, p.workStart(), p.workEnd(), "LAP"),
                directory.standard(buton.getId()));
        StaffPrincipal system = new StaffPrincipal(0, "s", "s", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        head = users.create(system, office.getId(), "kadis-" + code, "sandi-uji-panjang",
                new StaffUser.Profile("Kepala Uji", "Kepala Dinas", null, null, null, null), EnumSet.of(Role.KADIS));
        officer = users.create(system, office.getId(), "petugas-" + code, "sandi-uji-panjang",
                new StaffUser.Profile("Petugas Uji", "Petugas", null, null, null, null), EnumSet.of(Role.PETUGAS)).getId();
    }

    /** A request submitted on the 5th at 09:00, with the given status and deadlines. */
    long request(String channel, String type, String mode, String status, Timestamp answerDue, Timestamp consultationDue) {
        seq++;
        return jdbc.queryForObject("""
                insert into consultation_request (office_id, receipt_number, receipt_year, channel, status, tracking_token_hash,
                    applicant_type, applicant_name, topic, purpose, preferred_mode, submitted_at, file_complete_at,
                    answer_due_at, consultation_due_at)
                values (?, ?, 2026, ?, ?, ?, ?, ?, 'Topik', 'Tujuan', ?, ?, ?, ?, ?) returning id""", Long.class,
                office.getId(), "KONS/LAP/2026/" + String.format("%06d", seq), channel, status,
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().substring(0, 8), type, "Pemohon " + seq, mode, at(5, 9, 0), at(5, 9, 0),
                answerDue, consultationDue);
    }

    void history(long requestId, String from, String to, Timestamp when) {
        jdbc.update("""
                insert into request_history (request_id, position, at, actor_name, from_status, to_status)
                values (?, (select count(*) from request_history where request_id = ?), ?, 'uji', ?, ?)""",
                requestId, requestId, when, from, to);
    }

    /** The consultation module's record of a consultation held and reported, with its report deadline. */
    void record(long requestId, Timestamp start, Timestamp end, Timestamp reportDue, Timestamp reported) {
        jdbc.update("""
                insert into consultation_record (office_id, request_id, stage, actual_start, actual_end, mode_used,
                    lead_officer_id, lead_officer_name, held_recorded_at, report_due_at, first_reported_at,
                    reported_at, created_at)
                values (?, ?, 'AT_HEAD', ?, ?, 'IN_PERSON', ?, 'Petugas Uji', ?, ?, ?, ?, ?)""",
                office.getId(), requestId, start, end, officer, end, reportDue, reported, reported, start);
    }

    void complaint(Timestamp due, Timestamp answered) {
        jdbc.update("""
                insert into complaint (office_id, complaint_number, complaint_year, tracking_token_hash, idempotency_key,
                    source, subject, description, status, received_at, due_at, answer_working_days, answer, answered_at)
                values (?, ?, 2026, ?, ?, 'WEB', 'Uji laporan', 'Uraian', 'ANSWERED', ?, ?, 5, 'Jawaban', ?)""",
                office.getId(), "ADU/" + UUID.randomUUID(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                at(5, 9, 0), due, answered);
    }

    void surveyAnswer(int score) {
        jdbc.update("""
                insert into survey_response (office_id, source, idempotency_key, answered_at, u1, u2, u3, u4, u5, u6,
                                             u7, u8, u9)
                values (?, 'KIOSK', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", office.getId(), UUID.randomUUID().toString(),
                at(6, 10, 0), score, score, score, score, score, score, score, score, score);
    }

    /** The officers of a request, its lead first, as the head's (or the division head's) assignment says. */
    void assignment(long requestId, Long divisionId, long leadOfficer) {
        jdbc.update("""
                insert into disposition_assignment (office_id, request_id, form_key, division_id, lead_officer_id,
                    assigned_at, signed_by_id, signed_by_name)
                values ((select office_id from consultation_request where id = ?), ?, ?, ?, ?, ?, ?, 'Kepala Uji')""",
                requestId, requestId, UUID.randomUUID().toString(), divisionId, leadOfficer, at(5, 10, 0), head.getId());
    }

    void letter(long requestId, Timestamp issued) {
        jdbc.update("""
                insert into appointment (office_id, request_id, status, start_at, end_at, mode, meeting_link,
                    contact_person_id, ics_uid, letter_number, letter_issued_at, created_at)
                values (?, ?, 'CANCELLED', ?, ?, 'ONLINE', 'https://meet.contoh.id/x', ?, ?, 'x', ?, ?)""",
                office.getId(), requestId, at(20, 9, 0), at(20, 10, 0), officer, UUID.randomUUID().toString(), issued, issued);
    }

    void walkIn(int hour, int minute, Timestamp served) {
        jdbc.update("""
                insert into guest_visit (office_id, form_key, guest_name, phone, purpose, identity_checked, kind,
                    arrived_at, registered_by_id, registered_by_name, served_at, left_at)
                values (?, ?, 'Tamu', '+6281234567890', 'Konsultasi', true, 'NEW_CONSULTATION', ?, 0, 'piket', ?, ?)""",
                office.getId(), UUID.randomUUID().toString(), at(6, hour, minute), served, served);
    }

    void generate() {
        Timestamp answerDue = at(6, 16, 0);
        Timestamp consultationDue = at(8, 16, 0);
        // answer letters: 3 on time, 2 late, 1 not sent past its deadline; a cancelled one does not count
        for (int i = 0; i < 3; i++) {
            letter(request("ONLINE", "PERSON", "ONLINE", "SCHEDULED", answerDue, consultationDue), at(6, 10, 0));
        }
        for (int i = 0; i < 2; i++) {
            letter(request("LETTER", "INSTITUTION", "IN_PERSON", "SCHEDULED", answerDue, consultationDue), at(7, 10, 0));
        }
        request("WALK_IN", "PERSON", "IN_PERSON", "ASSIGNED", answerDue, consultationDue);
        request("ONLINE", "NGO", null, "CANCELLED", answerDue, consultationDue);
        // consultations: held on the 7th (on time) and on the 12th (late); reports filed the 8th (on time) and the 15th (late)
        long onTime = request("ONLINE", "PERSON", "IN_PERSON", "REPORTED", null, consultationDue);
        history(onTime, "SCHEDULED", "HELD", at(7, 10, 0));
        history(onTime, "HELD", "REPORTED", at(8, 10, 0));
        record(onTime, at(7, 9, 0), at(7, 10, 0), at(9, 16, 0), at(8, 10, 0));
        long late = request("ONLINE", "PERSON", "IN_PERSON", "HELD", null, consultationDue);
        history(late, "SCHEDULED", "HELD", at(12, 10, 0));
        history(late, "HELD", "REPORTED", at(15, 10, 0));
        record(late, at(12, 9, 0), at(12, 10, 0), at(14, 16, 0), at(15, 10, 0));
        // walk-ins, limit 60 working minutes: 30 minutes, 90 minutes, never served
        walkIn(9, 0, at(6, 9, 30));
        walkIn(10, 0, at(6, 11, 30));
        walkIn(13, 0, null);
        // complaints: 2 answered on time, 1 late (66.67 %); one survey answer of all 3s: IKM 25 x 27 / 9 = 75.00
        complaint(at(12, 16, 0), at(8, 10, 0));
        complaint(at(12, 16, 0), at(9, 10, 0));
        complaint(at(12, 16, 0), at(13, 10, 0));
        surveyAnswer(3);
    }

    @Test
    void thePageShowsWhatTheGeneratedDataAmountsTo() throws Exception {
        generate();
        Document page = Jsoup.parse(mvc.perform(get("/staf/laporan").param("dari", "2026-10-01").param("sampai", "2026-10-31")
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(head.getUsername()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long id = office.getId();
        // 6 with an answer deadline that counts (the cancelled one without an answer does not), 3 on time: 50 %
        assertThat(page.select("#share-answer-" + id).text()).contains("50,00 %", "Tepat waktu 3, terlambat 2, lewat batas belum selesai 1");
        // consultations due the 8th: 1 held on time, 1 late, and the 6 still waiting past the deadline (the assigned and the scheduled)
        assertThat(page.select("#share-consultation-" + id).text()).contains("Tepat waktu 1, terlambat 1, lewat batas belum selesai 6");
        assertThat(page.select("#share-walkin-" + id).text()).contains("33,33 %", "Tepat waktu 1, terlambat 1, lewat batas belum selesai 1");
        // report due 2 working days after holding: the 9th (on time) and the 14th (late)
        assertThat(page.select("#share-report-" + id).text()).contains("50,00 %", "Tepat waktu 1, terlambat 1");
        assertThat(page.select("#report-" + id + " .report-total").text()).isEqualTo("9");
        assertThat(page.select("#report-" + id + " table").first().text()).contains("Daring (formulir web) 6", "Surat 2",
                "Datang langsung 1");
        // the walk-in waits: 30 and 90 working minutes, median 60
        assertThat(page.select("#median-walkin-" + id).text()).isEqualTo("60,0");
        assertThat(page.select("#late-" + id + " tbody tr")).hasSize(3 + 7 + 2 + 1); // answers 2 late + 1 overdue, consultations 1 + 6, walk-ins 1 + 1, reports 1
    }

    @Test
    void theExportsAndTheRecapCarryTheSameFigures() throws Exception {
        generate();
        var as = SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(head.getUsername()));
        byte[] csv = mvc.perform(get("/staf/laporan/ekspor.csv").param("dari", "2026-10-01").param("sampai", "2026-10-31")
                .with(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.csv(csv)).contains(List.of(office.getName(), "Jumlah", "Jumlah permohonan", "9"),
                List.of(office.getName(), "Surat jawaban tepat waktu", "Persentase tepat waktu", "50,00"));

        byte[] xlsx = mvc.perform(get("/staf/laporan/ekspor.xlsx").param("dari", "2026-10-01").param("sampai", "2026-10-31")
                .with(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            var rows = sheet.read();
            assertThat(rows.get(1).getCellText(2)).isEqualTo("Jumlah permohonan");
            assertThat(rows.get(1).getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(9));
        }

        byte[] pdf = mvc.perform(get("/staf/laporan/rekap.pdf").param("bulan", "2026-10").with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(pdf)).contains("Rekap Layanan Konsultasi Bulan Oktober 2026", office.getName().toUpperCase(),
                "Surat jawaban tepat waktu 3 2 1 50,00 %");
    }

    Document page(String... params) throws Exception {
        var request = get("/staf/laporan").param("dari", "2026-10-01").param("sampai", "2026-10-31")
                .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(head.getUsername())));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    byte[] download(String url, String... params) throws Exception {
        var request = get(url).with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(head.getUsername())));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The bars of the table "per division" of an office's report, as "label count". */
    List<String> perDivision(Document page, long officeId) {
        return page.select("#report-" + officeId + " table.report-bars").stream()
                .filter(t -> t.select("caption").text().startsWith("Menurut bidang"))
                .findFirst().orElseThrow().select("tbody tr").eachText();
    }

    static final java.util.regex.Pattern DECIMAL_POINT = java.util.regex.Pattern.compile("\\d\\.\\d");
    static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("\\d,\\d");

    @Test
    void numbersAreWrittenOneWayPerLanguageOnThePageInTheRecapAndInTheExports() throws Exception {
        generate();
        long id = office.getId();
        // Indonesian: a decimal comma everywhere, the percent as "66,67 %"
        Document indonesian = page();
        assertThat(indonesian.select("#share-answer-" + id).text()).contains("50,00 %");
        assertThat(indonesian.select("#complaints-" + id).text()).isEqualTo("3 pengaduan; dijawab tepat waktu 66,67 %");
        assertThat(indonesian.select("#ikm-" + id).text()).isEqualTo("IKM 75,00, mutu Kurang Baik, dari 1 responden");
        assertThat(DECIMAL_POINT.matcher(indonesian.select("#report-" + id).text()).find())
                .as("no decimal point on the Indonesian page: " + indonesian.select("#report-" + id).text()).isFalse();
        // English: a decimal point everywhere
        Document english = page("lang", "en");
        assertThat(english.select("#share-answer-" + id).text()).contains("50.00 %");
        assertThat(english.select("#complaints-" + id).text()).contains("66.67 %");
        assertThat(english.select("#ikm-" + id).text()).contains("IKM 75.00");
        assertThat(DECIMAL_COMMA.matcher(english.select("#report-" + id).text()).find())
                .as("no decimal comma on the English page: " + english.select("#report-" + id).text()).isFalse();

        // the recap is an official document: Indonesian, whatever the page was read in
        String recap = Pdfs.text(download("/staf/laporan/rekap.pdf", "bulan", "2026-10", "lang", "en"));
        assertThat(recap).contains("Surat jawaban tepat waktu 3 2 1 50,00 %", "dijawab tepat waktu 66,67 %",
                "IKM 75,00, mutu Kurang Baik");
        assertThat(DECIMAL_POINT.matcher(recap).find()).as("no decimal point in the recap: " + recap).isFalse();

        // the CSV, in either language: ';' between cells and a decimal comma, as an Indonesian spreadsheet reads it
        for (String language : List.of("id", "en")) {
            List<List<String>> rows = Spreadsheets.csv(download("/staf/laporan/ekspor.csv", "dari", "2026-10-01",
                    "sampai", "2026-10-31", "lang", language));
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(4));
            List<String> values = rows.stream().map(row -> row.get(3)).toList();
            assertThat(values).contains("50,00", "66,67", "75,00", "60,00").noneMatch(v -> DECIMAL_POINT.matcher(v).find());
        }
    }

    @Test
    void aReportAsksTheModulesTheSameStatementsWhateverTheNumberOfRequests() {
        var rehabilitation = administration.addDivision(office.getId(), "Bidang Statistik Uji");
        StaffPrincipal system = new StaffPrincipal(0, "s", "s", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        long inDivision = users.create(system, office.getId(), "statistik-" + office.getCode(), "sandi-uji-panjang",
                new StaffUser.Profile("Petugas Statistik", "Petugas", null, null, null, rehabilitation.getId()),
                EnumSet.of(Role.PETUGAS)).getId();
        Period october = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        generate();
        assignment(request("ONLINE", "PERSON", "IN_PERSON", "ASSIGNED", at(6, 16, 0), at(8, 16, 0)), null, inDivision);
        reports.report(office.getId(), october); // the office's calendar, read once and kept
        List<String> few = SqlStatements.of(() -> reports.report(office.getId(), october));

        for (int i = 0; i < 5; i++) {
            long more = request("LETTER", "PERSON", "ONLINE", "SCHEDULED", at(6, 16, 0), at(8, 16, 0));
            assignment(more, null, inDivision);
            letter(more, at(7, 10, 0));
            walkIn(14, i, null);
        }
        List<String> many = SqlStatements.of(() -> reports.report(office.getId(), october));

        assertThat(many).hasSameSizeAs(few);
        assertThat(reports.report(office.getId(), october).byDivision()).containsEntry("Bidang Statistik Uji", 6L);
    }

    @Test
    void butonAssignsWithoutDivisionsSoItsRequestsCountInTheLeadOfficersDivision() throws Exception {
        assertThat(directory.standard(office.getId()).switches().dispositionViaDivision()).isFalse();
        var rehabilitation = administration.addDivision(office.getId(), "Bidang Rehabilitasi Uji");
        StaffPrincipal system = new StaffPrincipal(0, "s", "s", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        long inDivision = users.create(system, office.getId(), "rehab-" + office.getCode(), "sandi-uji-panjang",
                new StaffUser.Profile("Petugas Rehabilitasi", "Petugas", null, null, null, rehabilitation.getId()),
                EnumSet.of(Role.PETUGAS)).getId();
        Timestamp due = at(20, 16, 0);
        assignment(request("ONLINE", "PERSON", "IN_PERSON", "CLOSED", due, due), null, inDivision);
        assignment(request("ONLINE", "PERSON", "IN_PERSON", "SCHEDULED", due, due), null, inDivision);
        assignment(request("ONLINE", "PERSON", "IN_PERSON", "ASSIGNED", due, due), null, officer); // no division
        request("ONLINE", "PERSON", "IN_PERSON", "RECEIVED", due, due);

        Document page = page();
        assertThat(perDivision(page, office.getId())).containsExactlyInAnyOrder("Bidang Rehabilitasi Uji 2",
                "Petugas utama tanpa bidang 1", "Belum ditugaskan 1");
        assertThat(page.select("#report-" + office.getId() + " table.report-bars caption").eachText())
                .contains("Menurut bidang petugas utama");
        List<List<String>> csv = Spreadsheets.csv(download("/staf/laporan/ekspor.csv", "dari", "2026-10-01",
                "sampai", "2026-10-31"));
        assertThat(csv).contains(List.of(office.getName(), "Menurut bidang petugas utama", "Bidang Rehabilitasi Uji", "2"),
                List.of(office.getName(), "Menurut bidang petugas utama", "Belum ditugaskan", "1"));
    }

    @Test
    void bangkaBelitungDisposesToDivisionsSoItsRequestsCountInTheDivisionDisposedTo() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        office = administration.createOffice("bidang-" + office.getCode(), new OfficeProfile("Dinas Uji Bidang "
                + office.getCode(), babel.profile().government(), babel.profile().address(), babel.profile().phone(),
                babel.profile().email(), babel.profile().website(), WITA, babel.profile().workStart(),
                babel.profile().workEnd(), "BDG"), directory.standard(babel.getId()));
        assertThat(directory.standard(office.getId()).switches().dispositionViaDivision()).isTrue();
        StaffPrincipal system = new StaffPrincipal(0, "s", "s", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        head = users.create(system, office.getId(), "kadis-" + office.getCode(), "sandi-uji-panjang",
                new StaffUser.Profile("Kepala Uji", "Kepala Dinas", null, null, null, null), EnumSet.of(Role.KADIS));
        var protection = administration.addDivision(office.getId(), "Bidang Perlindungan Uji");
        var rehabilitation = administration.addDivision(office.getId(), "Bidang Rehabilitasi Uji");
        long officerOfRehabilitation = users.create(system, office.getId(), "rehab-" + office.getCode(),
                "sandi-uji-panjang", new StaffUser.Profile("Petugas Rehabilitasi", "Petugas", null, null, null,
                        rehabilitation.getId()), EnumSet.of(Role.PETUGAS)).getId();
        Timestamp due = at(20, 16, 0);
        long closed = request("ONLINE", "PERSON", "IN_PERSON", "CLOSED", due, due);
        jdbc.update("update consultation_request set assigned_division_id = ? where id = ?", protection.getId(), closed);
        // the division head of Perlindungan lent an officer of Rehabilitasi: the request stays Perlindungan's
        assignment(closed, protection.getId(), officerOfRehabilitation);
        long disposed = request("ONLINE", "PERSON", "IN_PERSON", "DISPOSED", due, due);
        jdbc.update("update consultation_request set assigned_division_id = ? where id = ?", protection.getId(), disposed);
        request("ONLINE", "PERSON", "IN_PERSON", "RECEIVED", due, due);

        Document page = page();
        assertThat(perDivision(page, office.getId())).containsExactlyInAnyOrder("Bidang Perlindungan Uji 2",
                "Belum didisposisikan ke bidang 1");
        assertThat(page.select("#report-" + office.getId() + " table.report-bars caption").eachText())
                .contains("Menurut bidang").doesNotContain("Menurut bidang petugas utama");
    }

    @Test
    void onlyTheHeadAndTheAdministratorsSeeReportsAndEachOnlyTheirOwnOffice() throws Exception {
        generate();
        for (String who : List.of("petugas.buton", "piket.babel", "kabid.buton", "sekretariat.babel")) {
            mvc.perform(get("/staf/laporan").with(Staff.as(userDetails, who))).andExpect(status().isForbidden());
            mvc.perform(get("/staf/laporan/ekspor.csv").with(Staff.as(userDetails, who))).andExpect(status().isForbidden());
        }
        String babel = mvc.perform(get("/staf/laporan").param("kantor", String.valueOf(office.getId()))
                .param("dari", "2026-10-01").param("sampai", "2026-10-31").with(Staff.as(userDetails, "kadis.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(babel).doesNotContain(office.getName()).contains("Bangka Belitung");
        String all = mvc.perform(get("/staf/laporan").param("dari", "2026-10-01").param("sampai", "2026-10-31")
                .with(Staff.as(userDetails, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(all).select("section.office-report h2").eachText())
                .contains(office.getName(), "Dinas Sosial Kabupaten Buton");
        String reversed = mvc.perform(get("/staf/laporan").param("dari", "2026-10-31").param("sampai", "2026-10-01")
                .with(Staff.as(userDetails, "admin.buton"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reversed).contains("Tanggal akhir harus sesudah tanggal awal");
    }
}
