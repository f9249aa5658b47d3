package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DispositionSteps;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The receipt (page and PDF), the tracking page, cancelling and completing a file through the secret link. */
@IntegrationTest
class TrackingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    DispositionSteps dispositionSteps;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;

    Receipt submit(String office, String email) {
        long officeId = offices.findByCode(office).orElseThrow().getId();
        return service.submit(officeId, new NewRequest(Channel.ONLINE, java.util.UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "La Ode Rahman", null, null, "7404011203850001",
                        "+6281234567890", email, null),
                "Rehabilitasi sosial anak", "Konsultasi pendampingan", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
    }

    @Test
    void theReceiptPageShowsNumberOfficeTimeNextStepsAndTheQrCode() throws Exception {
        Receipt receipt = submit("buton", "rahman@contoh.id");
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        Document page = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken() + "/tanda-terima"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#receipt-number").text()).isEqualTo(receipt.receiptNumber());
        assertThat(page.text()).contains("Dinas Sosial Kabupaten Buton", "WITA", "Surat jawaban paling lambat",
                "Konsultasi dilaksanakan paling lambat", "tidak dipungut biaya");
        String hour = r.getSubmittedAt().atZone(ZoneId.of("Asia/Makassar")).toLocalTime().toString().substring(0, 5);
        assertThat(page.text()).contains(hour + " WITA");
        assertThat(page.select("img[src^=data:image/png;base64,]")).hasSize(1);
        assertThat(page.select("#tracking-link").text()).endsWith("/lacak/" + receipt.trackingToken());
    }

    @Test
    void theReceiptPdfSaysTheSame() throws Exception {
        Receipt receipt = submit("babel", "pdf@contoh.id");
        var response = mvc.perform(get("/lacak/" + receipt.trackingToken() + "/tanda-terima.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("tanda-terima-KONS-DSPMD-");
        String text = Pdfs.text(response.getContentAsByteArray());
        assertThat(text).contains("Tanda Terima Permohonan Konsultasi",
                receipt.receiptNumber(), "La Ode Rahman", "Rehabilitasi sosial anak", "WIB",
                "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DESA", "/lacak/" + receipt.trackingToken());
    }

    @Test
    void theTrackingPageShowsThePlainStatusAndTheTimelineButNoInternalNotes() throws Exception {
        Receipt receipt = submit("buton", "timeline@contoh.id");
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        service.register(Staff.principal(users, "sekretariat.buton"), r.getId(), r.getVersion());
        Document page = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#status").text())
                .isEqualTo("Permohonan Anda sudah teregistrasi dan menunggu keputusan Kepala Dinas.");
        assertThat(page.select("#timeline li")).hasSize(2);
        assertThat(page.text()).doesNotContain("La Ode Safaruddin"); // the staff member who registered it
        assertThat(page.text()).contains(requests.findById(r.getId()).orElseThrow().getAgendaNumber());
    }

    @Test
    void anUnknownOrMangledLinkIsA404() throws Exception {
        mvc.perform(get("/lacak/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/pendek")).andExpect(status().isNotFound());
    }

    @Test
    void theApplicantCancelsUntilTheConsultationIsHeld() throws Exception {
        Receipt receipt = submit("buton", "batal@contoh.id");
        String page = mvc.perform(post("/lacak/" + receipt.trackingToken() + "/batal").with(csrf()).with(TestFiles.freshClient())
                        .param("reason", "Sudah mendapat jawaban"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Centang konfirmasi untuk membatalkan.");
        assertThat(requests.findById(receipt.requestId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);

        mvc.perform(post("/lacak/" + receipt.trackingToken() + "/batal").with(csrf()).with(TestFiles.freshClient())
                        .param("reason", "Sudah mendapat jawaban").param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest cancelled = requests.findWholeById(receipt.requestId()).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.getHistory().get(cancelled.getHistory().size() - 1).getPublicNote())
                .isEqualTo("Sudah mendapat jawaban");
        Document after = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andReturn().getResponse()
                .getContentAsString());
        assertThat(after.select("form[action$=/batal]")).isEmpty();
    }

    @Test
    void anIncompleteFileIsCompletedFromTheTrackingPageAndTheDeadlinesRestart() throws Exception {
        Receipt receipt = submit("buton", "lengkapi@contoh.id");
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        Instant firstDue = r.getAnswerDueAt();
        mvc.perform(post("/staf/permohonan/" + r.getId() + "/belum-lengkap").with(csrf())
                        .with(Staff.as(users, "sekretariat.buton"))
                        .param("version", String.valueOf(r.getVersion())).param("reason", "Pindaian KTP tidak terbaca"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest incomplete = requests.findById(r.getId()).orElseThrow();
        assertThat(incomplete.getStatus()).isEqualTo(RequestStatus.INCOMPLETE);
        assertThat(incomplete.getAnswerDueAt()).isNull();

        Document page = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#incomplete-reason").text()).isEqualTo("Pindaian KTP tidak terbaca");

        String refused = mvc.perform(multipart("/lacak/" + receipt.trackingToken() + "/dokumen")
                        .file(TestFiles.file("file", "ktp.txt", "teks".getBytes())).with(csrf()).with(TestFiles.freshClient()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#file-error").text()).isEqualTo("Berkas harus berupa PDF, JPG atau PNG.");

        mvc.perform(multipart("/lacak/" + receipt.trackingToken() + "/dokumen")
                        .file(TestFiles.file("file", "ktp-jelas.png", TestFiles.png())).with(csrf()).with(TestFiles.freshClient()))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest completed = requests.findById(r.getId()).orElseThrow();
        assertThat(completed.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(completed.getAnswerDueAt()).isNotNull().isAfterOrEqualTo(firstDue);
        assertThat(completed.getFileCompleteAt()).isAfter(r.getFileCompleteAt());
    }

    @Test
    void askingForTheLinkAgainNeverTellsWhetherTheReceiptExists() throws Exception {
        Receipt receipt = submit("buton", "lupa@contoh.id");
        String known = mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                        .param("receiptNumber", receipt.receiptNumber()).param("email", "lupa@contoh.id"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flash").toString();
        String unknown = mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                        .param("receiptNumber", "KONS/BTN/2026/999999").param("email", "lupa@contoh.id"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flash").toString();
        String wrongMail = mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                        .param("receiptNumber", receipt.receiptNumber()).param("email", "orang.lain@contoh.id"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flash").toString();
        assertThat(known).isEqualTo(unknown).isEqualTo(wrongMail);
    }

    @Test
    void aRefusedRequestShowsTheRefusalAndNoLongerItsDeadlines() throws Exception {
        Receipt receipt = submit("buton", "ditolak@contoh.id");
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        service.register(Staff.principal(users, "sekretariat.buton"), submitted.getId(), submitted.getVersion());
        String before = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).text();
        assertThat(before).contains("Surat jawaban paling lambat", "Konsultasi dilaksanakan paling lambat");

        var head = Staff.principal(users, "kadis.buton");
        dispositionSteps.reject(head, Actor.of(head), submitted.getId(), requests.findById(submitted.getId()).orElseThrow()
                .getVersion(), "Materi konsultasi bukan kewenangan Dinas Sosial", null);
        Document refused = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#status").text()).isEqualTo("Permohonan Anda tidak dapat dilayani.");
        assertThat(refused.select("#timeline").text()).contains("Materi konsultasi bukan kewenangan Dinas Sosial");
        assertThat(refused.text()).doesNotContain("Surat jawaban paling lambat", "Konsultasi dilaksanakan paling lambat");
    }
}
