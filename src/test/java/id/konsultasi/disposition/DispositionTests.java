package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.notification.OutboxSender;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.HistoryEntry;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import id.konsultasi.support.TestMail;
import id.konsultasi.support.TestStaff;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The head's disposition and the division head's assignment through HTTP, as each office's standard
 * prescribes: what changes, what the applicant sees, what the staff see, the refusal letter, and two
 * people deciding at once.
 */
@IntegrationTest
class DispositionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    DispositionService dispositions;
    @Autowired
    DispositionChoices choices;
    @Autowired
    StaffAnalyses analyses;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;
    @Autowired
    OutboxSender sender;
    @Autowired
    UserAdministration userAdministration;

    long staffId(String username) {
        return staffUsers.findByUsername(username).orElseThrow().getId();
    }

    long rehabilitation(String office) {
        return divisions.findByOfficeIdOrderByName(offices.findByCode(office).orElseThrow().getId()).stream()
                .filter(d -> d.getName().equals("Bidang Rehabilitasi Sosial")).findFirst().orElseThrow().getId();
    }

    ConsultationRequest reload(long id) {
        return requests.findWholeById(id).orElseThrow();
    }

    MockHttpServletRequestBuilder decision(String who, long requestId) {
        return post("/staf/disposisi/" + requestId).with(csrf()).with(Staff.as(users, who))
                .param("version", String.valueOf(reload(requestId).getVersion()))
                .param("formKey", UUID.randomUUID().toString());
    }

    Document page(String url, String who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(Staff.as(users, who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    Document tracking(ConsultationRequest r) throws Exception {
        return Jsoup.parse(mvc.perform(get("/lacak/" + r.getTrackingToken())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    static HistoryEntry last(ConsultationRequest r) {
        return r.getHistory().get(r.getHistory().size() - 1);
    }

    @Test
    void butonsHeadAssignsOfficersStraightAwayAndTheApplicantReadsItInPlainWords() throws Exception {
        String topic = TestRequests.unique("Pendampingan lansia terlantar");
        Receipt receipt = TestRequests.letter(service, offices, "buton", topic, "lansia@contoh.id");

        Document form = page("/staf/disposisi/" + receipt.requestId(), "kadis.buton");
        assertThat(form.select("#disposition-form select[name=leadOfficerId] option")).extracting(e -> e.text())
                .anyMatch(t -> t.startsWith("Muhammad Yusran")).anyMatch(t -> t.startsWith("Wa Ode Sitti Marlina"));
        assertThat(form.select("#disposition-form select[name=divisionId]")).as("Buton disposes straight to officers")
                .isEmpty();

        mvc.perform(decision("kadis.buton", receipt.requestId()).param("decision", "ACCEPTED").param("mode", "ONLINE")
                        .param("leadOfficerId", String.valueOf(staffId("petugas.buton")))
                        .param("companionIds", String.valueOf(staffId("petugas2.buton")))
                        .param("urgency", "URGENT").param("instructions", "RESPOND_AND_ADVISE", "PREPARE_STAFF_ANALYSIS")
                        .param("note", "Koordinasikan dengan Dinas Kesehatan, rahasia"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staf/disposisi/" + receipt.requestId()));

        ConsultationRequest r = reload(receipt.requestId());
        assertThat(r.getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(r.getAssigneeIds()).containsExactlyInAnyOrder(staffId("petugas.buton"), staffId("petugas2.buton"));
        Assignment assignment = choices.assignmentOf(r.getId()).orElseThrow();
        assertThat(assignment.getLeadOfficerId()).isEqualTo(staffId("petugas.buton"));
        assertThat(assignment.isStaffAnalysisRequired()).isTrue();
        assertThat(analyses.outstanding(r.getId())).isTrue();
        assertThat(last(r).getPublicNote()).contains("Kepala Dinas menyetujui", "daring");
        assertThat(last(r).getInternalNote()).contains("Segera", "Tanggapan dan saran", "Muhammad Yusran",
                "Koordinasikan dengan Dinas Kesehatan, rahasia");

        Document applicantView = tracking(r);
        assertThat(applicantView.select("#status").text()).isEqualTo(
                "Petugas yang akan melayani Anda sudah ditunjuk; jadwal segera dikirim.");
        assertThat(applicantView.select("#timeline").text()).contains("Kepala Dinas menyetujui permohonan Anda")
                .doesNotContain("rahasia").doesNotContain("Muhammad Yusran").doesNotContain("Segera");
        Document staffView = page("/staf/permohonan/" + r.getId(), "sekretariat.buton");
        assertThat(staffView.select("#timeline").text()).contains("Koordinasikan dengan Dinas Kesehatan, rahasia");

        Document after = page("/staf/disposisi/" + r.getId(), "kadis.buton");
        assertThat(after.select("#disposition-form")).as("decided once").isEmpty();
        assertThat(after.select("#forwarded-to").text()).contains("Muhammad Yusran", "Wa Ode Sitti Marlina");
        assertThat(after.select("#staff-analysis-state").text()).contains("belum dilampirkan");

        // no schedule while the telaahan staf is missing
        var plan = new id.konsultasi.scheduling.PlanInput(fixtures.workingDay("buton", 9), java.time.LocalTime.of(13, 0),
                30, id.konsultasi.request.ConsultationMode.ONLINE, null, "https://meet.contoh.id/telaahan", null,
                java.util.Set.of(staffId("petugas.buton")), staffId("petugas.buton"), null, "uji");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scheduling.schedule(
                        Staff.principal(users, "petugas.buton"), r.getId(), plan))
                .isInstanceOfSatisfying(id.konsultasi.shared.InputRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("schedule.staffAnalysis.required"));

        // the companion may not attach the telaahan staf; the lead officer does, and the scheduling may go on
        mvc.perform(multipart("/staf/disposisi/" + r.getId() + "/telaahan")
                        .file(TestFiles.file("file", "telaahan.pdf", TestFiles.pdf())).with(csrf())
                        .with(Staff.as(users, "petugas2.buton")))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(multipart("/staf/disposisi/" + r.getId() + "/telaahan")
                        .file(TestFiles.file("file", "telaahan.txt", "teks".getBytes())).with(csrf())
                        .with(Staff.as(users, "petugas.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#file-error").text()).isEqualTo("Berkas harus berupa PDF, JPG atau PNG.");
        for (int i = 0; i < 2; i++) { // sent twice by a double click, attached once
            mvc.perform(multipart("/staf/disposisi/" + r.getId() + "/telaahan")
                            .file(TestFiles.file("file", "telaahan-staf.pdf", TestFiles.pdf())).with(csrf())
                            .with(Staff.as(users, "petugas.buton")))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(analyses.outstanding(r.getId())).isFalse();
        assertThat(page("/staf/disposisi/" + r.getId(), "petugas.buton").select("#h-documents ~ ul li").eachText())
                .containsOnlyOnce("Telaahan staf: telaahan-staf.pdf");
        assertThat(tracking(reload(r.getId())).select("#timeline li")).as("the upload is internal")
                .hasSameSizeAs(applicantView.select("#timeline li"));
        assertThat(scheduling.schedule(Staff.principal(users, "petugas.buton"), r.getId(), plan).isActive()).isTrue();
    }

    @Test
    void bangkaBelitungsHeadDisposesToTheDivisionWhoseHeadAssigns() throws Exception {
        String topic = TestRequests.unique("Audiensi karang taruna desa");
        Receipt receipt = TestRequests.letter(service, offices, "babel", topic, "taruna@contoh.id");
        long id = receipt.requestId();

        String refused = mvc.perform(decision("kadis.babel", id).param("decision", "ACCEPTED").param("mode", "IN_PERSON")
                        .param("leadOfficerId", String.valueOf(staffId("petugas.babel"))).param("urgency", "ROUTINE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#divisionId + .form-text + .invalid-feedback, .invalid-feedback").text())
                .contains("Pilih bidang yang menindaklanjuti.");
        assertThat(reload(id).getStatus()).as("the standard prescribes the division head").isEqualTo(RequestStatus.RECEIVED);

        mvc.perform(decision("kadis.babel", id).param("decision", "ACCEPTED").param("mode", "IN_PERSON")
                        .param("divisionId", String.valueOf(rehabilitation("babel"))).param("urgency", "VERY_URGENT")
                        .param("instructions", "PROCESS_FURTHER", "COORDINATE", "PREPARE_STAFF_ANALYSIS"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest disposed = reload(id);
        assertThat(disposed.getStatus()).isEqualTo(RequestStatus.DISPOSED);
        assertThat(disposed.getAssignedDivisionId()).isEqualTo(rehabilitation("babel"));
        assertThat(tracking(disposed).select("#timeline").text())
                .contains("meneruskannya ke Bidang Rehabilitasi Sosial", "tatap muka");

        Document inbox = page("/staf/bidang?q=" + topic.split(" ")[3], "kabid.babel");
        assertThat(inbox.select("#worklist tbody tr")).hasSize(1);
        assertThat(inbox.select("#worklist tbody tr").text()).contains(receipt.receiptNumber(), topic);

        Document form = page("/staf/disposisi/" + id, "kabid.babel");
        assertThat(form.select("#assignment-form input[name=staffAnalysisRequired]").attr("checked"))
                .as("the head asked for a telaahan staf").isNotEmpty();
        assertThat(form.select("#assignment-form select[name=leadOfficerId] option")).extracting(e -> e.text())
                .anyMatch(t -> t.startsWith("Fajar Nugroho")).anyMatch(t -> t.startsWith("Dedi Kurniawan"))
                .noneMatch(t -> t.startsWith("Yuliana Sari"));

        mvc.perform(post("/staf/disposisi/" + id + "/penugasan").with(csrf()).with(Staff.as(users, "kabid.babel"))
                        .param("version", String.valueOf(disposed.getVersion())).param("formKey", UUID.randomUUID().toString())
                        .param("leadOfficerId", String.valueOf(staffId("petugas.babel")))
                        .param("companionIds", String.valueOf(staffId("petugas2.babel")))
                        .param("instructions", "Siapkan bahan paparan").param("staffAnalysisRequired", "true"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest assigned = reload(id);
        assertThat(assigned.getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(assigned.getAssigneeIds()).containsExactlyInAnyOrder(staffId("petugas.babel"), staffId("petugas2.babel"));
        assertThat(analyses.outstanding(id)).isTrue();
        assertThat(tracking(assigned).select("#timeline").text()).contains("Petugas yang akan melayani Anda sudah ditunjuk")
                .doesNotContain("Siapkan bahan paparan").doesNotContain("Fajar");

        var pdf = mvc.perform(get("/staf/disposisi/" + id + "/lembar.pdf").with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = Pdfs.text(pdf.getContentAsByteArray());
        assertThat(text).contains("LEMBAR DISPOSISI", "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DESA",
                "Wa Ode Hasnia (LSM Peduli Anak Nusantara)", "045/LSM-PAB/XI/2026", "20 November 2026", "23 November 2026",
                assigned.getAgendaNumber(), topic, "X Sangat segera", "X Proses lebih lanjut",
                "X Koordinasi/konfirmasikan", "X Siapkan telaahan staf", "Bidang Rehabilitasi Sosial",
                "Kepala Dinas Sosial dan PMD", "Dr. Ir. Budi Santoso, M.M.", "DISPOSISI KEPALA BIDANG",
                "Fajar Nugroho, S.Sos.", "Dedi Kurniawan, S.Kesos.", "Siapkan bahan paparan",
                "Rina Marlina, S.E., M.Si.");
        assertThat(text).doesNotContain("X Biasa").doesNotContain("X Untuk diketahui");
    }

    @Test
    void onlyTheHeadOfTheDivisionItWentToAssigns() throws Exception {
        Receipt receipt = TestRequests.letter(service, offices, "babel", TestRequests.unique("Bantuan korban banjir"),
                "banjir@contoh.id");
        mvc.perform(decision("kadis.babel", receipt.requestId()).param("decision", "ACCEPTED").param("mode", "ONLINE")
                        .param("divisionId", String.valueOf(rehabilitation("babel"))).param("urgency", "ROUTINE"))
                .andExpect(status().is3xxRedirection());
        String otherKabid = TestStaff.create(userAdministration, offices, divisions, "babel", Role.KABID,
                "Kabid Perlindungan Uji", "Bidang Perlindungan dan Jaminan Sosial");
        long version = reload(receipt.requestId()).getVersion();
        for (String who : List.of(otherKabid, "kadis.babel", "petugas.babel", "sekretariat.babel")) {
            mvc.perform(post("/staf/disposisi/" + receipt.requestId() + "/penugasan").with(csrf()).with(Staff.as(users, who))
                            .param("version", String.valueOf(version)).param("formKey", UUID.randomUUID().toString())
                            .param("servePersonally", "true"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/staf/disposisi/" + receipt.requestId() + "/penugasan").with(csrf())
                        .with(Staff.as(users, "kabid.babel")).param("version", String.valueOf(version))
                        .param("formKey", UUID.randomUUID().toString()).param("servePersonally", "true"))
                .andExpect(status().is3xxRedirection());
        Assignment assignment = choices.assignmentOf(receipt.requestId()).orElseThrow();
        assertThat(assignment.isServedPersonally()).isTrue();
        assertThat(assignment.getLeadOfficerId()).isEqualTo(staffId("kabid.babel"));
    }

    @Test
    void aRefusalNeedsAReasonWhichReachesTheApplicantInALetter() throws Exception {
        String email = "tolak-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Receipt receipt = TestRequests.letter(service, offices, "buton", TestRequests.unique("Permintaan dana hibah"), email);

        String page = mvc.perform(decision("kadis.buton", receipt.requestId()).param("decision", "REFUSED")
                        .param("urgency", "ROUTINE").param("reason", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#reason + .form-text + .invalid-feedback, .invalid-feedback").text())
                .contains("Tuliskan alasan penolakan");
        assertThat(reload(receipt.requestId()).getStatus()).isEqualTo(RequestStatus.RECEIVED);

        String reason = "Permohonan dana hibah bukan layanan konsultasi; silakan ajukan melalui Bagian Kesra.";
        mvc.perform(decision("kadis.buton", receipt.requestId()).param("decision", "REFUSED").param("urgency", "ROUTINE")
                        .param("reason", reason).param("note", "Sudah dicek ke Sekda, internal"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest r = reload(receipt.requestId());
        assertThat(r.getStatus()).isEqualTo(RequestStatus.REJECTED);
        assertThat(last(r).getPublicNote()).isEqualTo(reason);
        Document applicantView = tracking(r);
        assertThat(applicantView.select("#status").text()).isEqualTo("Permohonan Anda tidak dapat dilayani.");
        assertThat(applicantView.select("#timeline").text()).contains(reason).doesNotContain("internal");

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Jawaban atas permohonan konsultasi " + receipt.receiptNumber());
        List<Part> parts = new ArrayList<>();
        collect(mail, parts);
        Part text = parts.stream().filter(p -> is(p, "text/plain")).findFirst().orElseThrow();
        assertThat((String) text.getContent()).contains(reason, receipt.receiptNumber(), "/lacak/" + r.getTrackingToken())
                .doesNotContain("internal");
        Part letter = parts.stream().filter(p -> is(p, "application/pdf")).findFirst().orElseThrow();
        assertThat(letter.getFileName()).matches("surat-penolakan-\\d{4}-SJ-BTN-\\d{4}\\.pdf");
        try (InputStream in = letter.getInputStream()) {
            String pdf = Pdfs.text(in.readAllBytes());
            assertThat(pdf).contains("DINAS SOSIAL KABUPATEN BUTON", "Wa Ode Hasnia", reason, "Kepala Dinas Sosial",
                    "Drs. La Ode Muhammad Arifin, M.Si.");
            assertThat(pdf.replace(" ", "")).contains(receipt.receiptNumber()); // a line may break inside the number
        }
    }

    @Test
    void whenTwoDecideAtOnceOneSucceedsAndTheOtherIsToldToReload() throws Exception {
        Receipt receipt = TestRequests.letter(service, offices, "buton", TestRequests.unique("Konsultasi PKH"),
                "pkh@contoh.id");
        long id = receipt.requestId();
        long version = reload(id).getVersion();
        String lead = String.valueOf(staffId("petugas.buton"));
        String other = String.valueOf(staffId("petugas2.buton"));

        mvc.perform(post("/staf/disposisi/" + id).with(csrf()).with(Staff.as(users, "kadis.buton"))
                        .param("version", String.valueOf(version)).param("formKey", UUID.randomUUID().toString())
                        .param("decision", "ACCEPTED").param("mode", "IN_PERSON").param("leadOfficerId", lead)
                        .param("urgency", "ROUTINE"))
                .andExpect(status().is3xxRedirection());
        // a second decision made on the page as it was before the first
        String conflict = mvc.perform(post("/staf/disposisi/" + id).with(csrf()).with(Staff.as(users, "kadis.buton"))
                        .param("version", String.valueOf(version)).param("formKey", UUID.randomUUID().toString())
                        .param("decision", "REFUSED").param("reason", "Tidak relevan").param("urgency", "ROUTINE"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(conflict).select("h1").text()).isEqualTo("Data ini baru saja diubah");
        assertThat(Jsoup.parse(conflict).select("main a.btn-primary").attr("href")).isEqualTo("/staf/disposisi/" + id);
        ConsultationRequest r = reload(id);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(r.getAssigneeIds()).containsExactly(Long.valueOf(lead));
        assertThat(choices.dispositionOf(id).orElseThrow().getDecision()).isEqualTo(DispositionDecision.ACCEPTED);

        // and truly at the same moment, from two threads
        Receipt second = TestRequests.letter(service, offices, "buton", TestRequests.unique("Konsultasi BPNT"),
                "bpnt@contoh.id");
        long secondVersion = reload(second.requestId()).getVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String officer : List.of(lead, other)) {
                Callable<Integer> decide = () -> {
                    start.await();
                    return mvc.perform(post("/staf/disposisi/" + second.requestId()).with(csrf())
                                    .with(Staff.as(users, "kadis.buton")).param("version", String.valueOf(secondVersion))
                                    .param("formKey", UUID.randomUUID().toString()).param("decision", "ACCEPTED")
                                    .param("mode", "IN_PERSON").param("leadOfficerId", officer).param("urgency", "ROUTINE"))
                            .andReturn().getResponse().getStatus();
                };
                results.add(pool.submit(decide));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdownNow();
        }
        ConsultationRequest decided = reload(second.requestId());
        assertThat(decided.getAssigneeIds()).hasSize(1);
        assertThat(decided.getAssigneeIds()).containsExactly(choices.assignmentOf(second.requestId()).orElseThrow()
                .getLeadOfficerId());
        assertThat(decided.getHistory().stream().filter(h -> h.getToStatus() == RequestStatus.ASSIGNED)).hasSize(1);
    }

    @Test
    void theSameFormSentTwiceDecidesOnce() throws Exception {
        Receipt receipt = TestRequests.letter(service, offices, "buton", TestRequests.unique("Konsultasi KIS"),
                "kis@contoh.id");
        long version = reload(receipt.requestId()).getVersion();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/staf/disposisi/" + receipt.requestId()).with(csrf()).with(Staff.as(users, "kadis.buton"))
                            .param("version", String.valueOf(version)).param("formKey", key).param("decision", "ACCEPTED")
                            .param("mode", "IN_PERSON").param("leadOfficerId", String.valueOf(staffId("petugas.buton")))
                            .param("urgency", "ROUTINE"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(reload(receipt.requestId()).getHistory().stream()
                .filter(h -> h.getToStatus() == RequestStatus.ASSIGNED)).hasSize(1);
    }

    /** The refusal letter's mail (the receipt of the request went to the same address before). */
    @Autowired
    id.konsultasi.scheduling.SchedulingService scheduling;
    @Autowired
    id.konsultasi.support.Fixtures fixtures;

    MimeMessage awaitMail(String to) throws Exception {
        sender.sendDue();
        return id.konsultasi.support.Mailbox.awaitSubject(to, "Jawaban atas permohonan");
    }

    static void collect(Part part, List<Part> parts) throws Exception {
        parts.add(part);
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        }
    }

    static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }
}
