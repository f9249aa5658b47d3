package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.HttpVisitor.Upload;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Uploads through Tomcat, on every form that takes a file: a file is stored and served under the extension of
 * what it is, a PDF that does not open is refused beside its field, and a very long file name is no "too large".
 */
@IntegrationTest
class UploadHardeningTests {

    /** Starts like a PDF, is an HTML page: a browser sniffing it would run its script. */
    static final Upload POLYGLOT = new Upload("surat.pdf", "application/pdf",
            "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
    static final String UNREADABLE = "tidak dapat dibuka atau tidak berisi halaman";

    @LocalServerPort
    int port;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestDocuments documents;
    @Autowired
    RequestService requestService;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    HttpVisitor.Form requestForm(HttpVisitor applicant) {
        return applicant.get("/kantor/buton/ajukan").form("form[action$=/ajukan]")
                .set("change", "idScan").submit().form("form[action$=/ajukan]") // its last page, with the files
                .set("applicantType", "PERSON").set("name", "Wa Ode Rahma").set("nik", "7404 0157 0890 0003")
                .set("phone", "0852-5704-8204").set("email", "unggah." + unique() + "@contoh.id")
                .set("topic", "Bantuan sosial").set("purpose", "Mengetahui syarat").set("preferredMode", "IN_PERSON")
                .set("consent", "true");
    }

    @Test
    void aPngNamedHtmlIsStoredAndServedAsPng() {
        Page sent = requestForm(HttpVisitor.anonymous(port))
                .attach("idScan", new Upload("ktp.html", "text/html", TestFiles.png())).submit()
                .form("#check-answers").press("button[name=send]").submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        String token = sent.location().replaceFirst(".*/lacak/", "").replaceFirst("/tanda-terima$", "");
        ConsultationRequest stored = requests.findByTrackingToken(token).orElseThrow();
        RequestDocument scan = documents.findByRequestIdOrderByUploadedAt(stored.getId()).get(0);
        assertThat(scan.getFilename()).isEqualTo("ktp.png");
        assertThat(scan.getContentType()).isEqualTo("image/png");

        Page served = HttpVisitor.demo(port, "sekretariat.buton")
                .get("/staf/permohonan/" + stored.getId() + "/dokumen/" + scan.getId());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).contains("image/png");
        assertThat(served.header("Content-Disposition").orElseThrow()).contains("ktp.png").doesNotContain("html");
        assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aPdfThatIsAnHtmlPageIsRefusedBesideItsFieldOnTheRequestForm() {
        Page sent = requestForm(HttpVisitor.anonymous(port)).attach("idScan", POLYGLOT).submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.document().select("#idScan ~ .invalid-feedback, [id^=idScan] ~ .invalid-feedback, .invalid-feedback")
                .text()).contains(UNREADABLE);
        assertThat(sent.document().select("input[name=name]").val()).isEqualTo("Wa Ode Rahma");
    }

    @Test
    void aFileNameOfTwoThousandCharactersIsShortenedNotTooLarge() {
        String name = "Surat permohonan bantuan ".repeat(80) + ".pdf";
        assertThat(name.length()).isGreaterThanOrEqualTo(2000);
        Page sent = requestForm(HttpVisitor.anonymous(port)).attach("idScan", Upload.pdf(name)).submit()
                .form("#check-answers").press("button[name=send]").submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        String token = sent.location().replaceFirst(".*/lacak/", "").replaceFirst("/tanda-terima$", "");
        ConsultationRequest stored = requests.findByTrackingToken(token).orElseThrow();
        String filename = documents.findByRequestIdOrderByUploadedAt(stored.getId()).get(0).getFilename();
        assertThat(filename).hasSize(120).startsWith("Surat permohonan bantuan").endsWith(".pdf");
    }

    @Test
    void theTrackingPageRefusesAnUnreadablePdf() {
        Receipt receipt = journeys.submit("buton", "Pemohon polyglot", "polyglot." + unique() + "@contoh.id");
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        requestService.markIncomplete(Staff.principal(users, "sekretariat.buton"), submitted.getId(),
                submitted.getVersion(), "Pindaian KTP tidak terbaca");
        Page sent = HttpVisitor.anonymous(port).get("/lacak/" + receipt.trackingToken()).form("form[action$=/dokumen]")
                .attach("file", POLYGLOT).submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains(UNREADABLE);
        assertThat(documents.findByRequestIdOrderByUploadedAt(receipt.requestId()))
                .extracting(RequestDocument::getFilename).doesNotContain("surat.pdf");
    }

    @Test
    void theLetterRegistrationRefusesAnUnreadablePdf() {
        Page sent = HttpVisitor.demo(port, "sekretariat.buton").get("/staf/agenda/surat-baru")
                .form("form[action$=/surat-baru]")
                .set("letterNumber", "400/" + unique() + "/2026").set("letterDate", LocalDate.now(TestClock.INSTANCE).minusDays(3).toString())
                .set("receivedOn", LocalDate.now(TestClock.INSTANCE).minusDays(1).toString()).set("applicantType", "PERSON")
                .set("name", "Pengirim Surat").set("subject", "Permohonan").set("summary", "Ringkasan")
                .set("phone", "0852 1111 2222").set("email", "surat." + unique() + "@contoh.id")
                .attach("scan", POLYGLOT).submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.document().select(".invalid-feedback").text()).contains(UNREADABLE);
    }

    @Test
    void theTelaahanStafAndTheConsultationRecordRefuseAnUnreadablePdf() {
        Receipt receipt = journeys.submit("buton", "Pemohon telaahan", "telaahan." + unique() + "@contoh.id");
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        requestService.register(Staff.principal(users, "sekretariat.buton"), submitted.getId(), submitted.getVersion());
        long lead = staffUsers.findByUsername("petugas.buton").orElseThrow().getId();
        Page decided = HttpVisitor.demo(port, "kadis.buton").get("/staf/disposisi/" + receipt.requestId())
                .form("#disposition-form").set("decision", "ACCEPTED").set("mode", "ONLINE")
                .set("leadOfficerId", String.valueOf(lead)).set("urgency", "URGENT")
                .set("instructions", List.of("RESPOND_AND_ADVISE", "PREPARE_STAFF_ANALYSIS")).submit();
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        Page attached = HttpVisitor.demo(port, "petugas.buton").get("/staf/disposisi/" + receipt.requestId())
                .form("#staff-analysis-form").attach("file", POLYGLOT).submit();
        assertThat(attached.status()).as(attached.body()).isNotEqualTo(302).isLessThan(500);
        assertThat(attached.body()).contains(UNREADABLE);

        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "catatan." + unique() + "@contoh.id", officer);
        Page saved = HttpVisitor.signedIn(port, officer.getUsername(), "sandi-uji-panjang")
                .get("/staf/konsultasi/" + r.getId()).form("#record-form")
                .set("leadOfficerId", String.valueOf(officer.getId())).set("problem", "Masalah")
                .attach("file", POLYGLOT).press("#save-draft").submit();
        assertThat(saved.status()).as(saved.body()).isNotEqualTo(302).isLessThan(500);
        assertThat(saved.body()).contains(UNREADABLE);
        assertThat(documents.findByRequestIdOrderByUploadedAt(r.getId())).extracting(RequestDocument::getFilename)
                .doesNotContain("surat.pdf");
    }
}
