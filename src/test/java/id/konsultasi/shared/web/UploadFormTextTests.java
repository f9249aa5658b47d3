package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationRecords;
import id.konsultasi.consultation.HandoverFile;
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
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Text typed into a form that also uploads files (multipart, parsed by Tomcat over real HTTP) is stored and
 * shown exactly as typed, as in a form without files: accents, typographic quotes and dashes, an emoji, and
 * the names of the uploaded files.
 */
@IntegrationTest
class UploadFormTextTests {

    static final String TEXT = "José’s “bantuan” — Ñ 😀";
    /** What the PDFs can show: their standard fonts have no emoji. */
    static final String PRINTABLE = "José’s “bantuan” — Ñ";

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
    ConsultationRecords records;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static long idAtEndOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theRequestFormKeepsTheTextOnTheReceiptItsPdfAndTheMail() throws Exception {
        String email = "teks." + unique() + "@contoh.id";
        Page sent = HttpVisitor.anonymous(port).get("/kantor/buton/ajukan").form("form[action$=/ajukan]")
                .set("change", "idScan").submit().form("form[action$=/ajukan]") // its last page, with the files
                .set("applicantType", "PERSON").set("name", TEXT).set("nik", "7404 0157 0890 0003")
                .set("phone", "0852-5704-8204").set("email", email).set("address", TEXT).set("topic", TEXT)
                .set("purpose", TEXT).set("preferredMode", "IN_PERSON").set("consent", "true")
                .attach("idScan", Upload.pdf("KTP " + TEXT + ".pdf"))
                .submit().form("#check-answers").press("button[name=send]").submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);

        Document receipt = sent.follow().document();
        String token = receipt.select("#tracking-link").attr("href").replaceFirst(".*/lacak/", "");
        ConsultationRequest stored = requests.findByTrackingToken(token).orElseThrow();
        assertThat(stored.getApplicant().getName()).isEqualTo(TEXT);
        assertThat(stored.getApplicant().getAddress()).isEqualTo(TEXT);
        assertThat(stored.getTopic()).isEqualTo(TEXT);
        assertThat(stored.getPurpose()).isEqualTo(TEXT);
        assertThat(documents.findByRequestIdOrderByUploadedAt(stored.getId())).extracting(RequestDocument::getFilename)
                .containsExactly("KTP " + TEXT + ".pdf");
        assertThat(receipt.select("dd").eachText()).contains(TEXT);
        assertThat(receipt.text()).contains(TEXT + " ", "KTP " + TEXT + ".pdf").doesNotContain("Ã", "â€");

        Page pdf = HttpVisitor.anonymous(port).get(receipt.select("#receipt-pdf").attr("abs:href"));
        assertThat(Pdfs.text(pdf.bytes())).contains(PRINTABLE).doesNotContain("Ã", "â€");

        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(Mailbox.text(mail, "text/plain")).contains(TEXT).doesNotContain("Ã", "â€");
        assertThat(Pdfs.text(Mailbox.attachment(mail, "application/pdf"))).contains(PRINTABLE);
    }

    @Test
    void aLetterRegisteredAtTheDeskKeepsTheTextAndTheScansName() {
        HttpVisitor secretariat = HttpVisitor.demo(port, "sekretariat.buton");
        Page sent = secretariat.get("/staf/agenda/surat-baru").form("form[action$=/surat-baru]")
                .set("letterNumber", "400/" + unique() + "/2026").set("letterDate", LocalDate.now(TestClock.INSTANCE).minusDays(3).toString())
                .set("receivedOn", LocalDate.now(TestClock.INSTANCE).minusDays(1).toString()).set("applicantType", "INSTITUTION")
                .set("institution", TEXT).set("position", TEXT).set("name", TEXT).set("subject", TEXT)
                .set("summary", TEXT).set("phone", "0852 1111 2222").set("email", "surat." + unique() + "@contoh.id")
                .set("address", TEXT).attach("scan", Upload.pdf("surat " + TEXT + ".pdf"))
                .submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        long id = idAtEndOf(sent.location());

        ConsultationRequest stored = requests.findById(id).orElseThrow();
        assertThat(stored.getApplicant().getName()).isEqualTo(TEXT);
        assertThat(stored.getApplicant().getInstitution()).isEqualTo(TEXT);
        assertThat(stored.getTopic()).isEqualTo(TEXT);
        assertThat(stored.getPurpose()).isEqualTo(TEXT);
        assertThat(documents.findByRequestIdOrderByUploadedAt(id)).extracting(RequestDocument::getFilename)
                .containsExactly("surat " + TEXT + ".pdf");

        Document page = sent.follow().document();
        assertThat(page.select("dd").eachText()).contains(TEXT);
        assertThat(page.text()).doesNotContain("Ã", "â€");
        String receipt = Pdfs.text(secretariat.get(page.select("#print-receipt").attr("abs:href")).bytes());
        assertThat(receipt).contains(PRINTABLE).doesNotContain("Ã", "â€");
        Document request = secretariat.get("/staf/permohonan/" + id).document();
        assertThat(request.text()).contains("surat " + TEXT + ".pdf");
    }

    @Test
    void theTelaahanStafAttachedOnTheDispositionPageKeepsItsName() {
        Receipt receipt = journeys.submit("buton", "Pemohon telaahan", "telaahan." + unique() + "@contoh.id");
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        requestService.register(Staff.principal(users, "sekretariat.buton"), submitted.getId(), submitted.getVersion());
        long lead = staffUsers.findByUsername("petugas.buton").orElseThrow().getId();
        Page decided = HttpVisitor.demo(port, "kadis.buton").get("/staf/disposisi/" + receipt.requestId())
                .form("#disposition-form").set("decision", "ACCEPTED").set("mode", "ONLINE")
                .set("leadOfficerId", String.valueOf(lead)).set("urgency", "URGENT")
                .set("instructions", List.of("RESPOND_AND_ADVISE", "PREPARE_STAFF_ANALYSIS")).submit();
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);

        HttpVisitor officer = HttpVisitor.demo(port, "petugas.buton");
        Page attached = officer.get("/staf/disposisi/" + receipt.requestId()).form("#staff-analysis-form")
                .attach("file", Upload.pdf("telaahan " + TEXT + ".pdf")).submit();
        assertThat(attached.status()).as(attached.body()).isEqualTo(302);

        assertThat(documents.findByRequestIdOrderByUploadedAt(receipt.requestId()))
                .extracting(RequestDocument::getFilename).contains("telaahan " + TEXT + ".pdf");
        assertThat(attached.follow().document().select("#h-documents ~ ul li").eachText())
                .contains("Telaahan staf: telaahan " + TEXT + ".pdf");
    }

    @Test
    void theConsultationRecordKeepsTheTextWhenSavedByButtonAndAutomatically() {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "catatan." + unique() + "@contoh.id", officer);
        HttpVisitor visitor = HttpVisitor.signedIn(port, officer.getUsername(), "sandi-uji-panjang");

        Page saved = visitor.get("/staf/konsultasi/" + r.getId()).form("#record-form")
                .set("leadOfficerId", String.valueOf(officer.getId())).set("otherOfficials", TEXT)
                .set("problem", TEXT).set("discussion", TEXT).set("advice", TEXT).set("handoverNote", TEXT)
                .set("followUps[0].action", TEXT).set("followUps[0].responsible", TEXT)
                .attach("file", Upload.pdf("formulir " + TEXT + ".pdf"))
                .press("#save-draft").submit();
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        ConsultationRecord record = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(record.getProblem()).isEqualTo(TEXT);
        assertThat(record.getAdvice()).isEqualTo(TEXT);
        assertThat(record.getOtherOfficials()).isEqualTo(TEXT);
        assertThat(record.getHandoverFiles()).extracting(HandoverFile::getFilename).containsExactly("formulir " + TEXT + ".pdf");
        Page form = saved.follow();
        Document page = form.document();
        assertThat(page.select("#problem").text()).isEqualTo(TEXT);
        assertThat(page.select("#advice").text()).isEqualTo(TEXT);
        assertThat(page.select("#handover-files a").eachText()).containsExactly("formulir " + TEXT + ".pdf");

        // the automatic save (htmx, on every change) sends the same form, multipart, to its draft address
        Page draft = form.form("#record-form").set("discussion", "Kedua: " + TEXT)
                .to(page.select("#record-form").attr("hx-post")).header("HX-Request", "true").submit();
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(records.findByRequestId(r.getId()).orElseThrow().getDiscussion()).isEqualTo("Kedua: " + TEXT);
    }

    @Test
    void theFileAnApplicantAddsOnTheTrackingPageKeepsItsNameInTheTimeline() {
        Receipt receipt = journeys.submit("buton", "Pemohon lengkapi", "lengkapi." + unique() + "@contoh.id");
        ConsultationRequest submitted = requests.findById(receipt.requestId()).orElseThrow();
        requestService.markIncomplete(Staff.principal(users, "sekretariat.buton"), submitted.getId(),
                submitted.getVersion(), "Pindaian KTP tidak terbaca");

        HttpVisitor applicant = HttpVisitor.anonymous(port);
        Page sent = applicant.get("/lacak/" + receipt.trackingToken()).form("form[action$=/dokumen]")
                .attach("file", Upload.pdf("KTP " + TEXT + ".pdf")).submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);

        assertThat(documents.findByRequestIdOrderByUploadedAt(receipt.requestId()))
                .extracting(RequestDocument::getFilename).containsExactly("KTP " + TEXT + ".pdf");
        assertThat(applicant.get("/lacak/" + receipt.trackingToken()).document().select("#timeline").text())
                .contains("Pemohon melengkapi berkas: KTP " + TEXT + ".pdf");
        assertThat(HttpVisitor.demo(port, "sekretariat.buton").get("/staf/permohonan/" + receipt.requestId())
                .document().text()).contains("KTP " + TEXT + ".pdf").doesNotContain("Ã", "â€");
    }
}
