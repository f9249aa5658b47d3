package id.konsultasi.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.DemoStaff;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Official letters anyone can verify (#17): the answer letter is issued once, signed by the office's (demo)
 * certificate as PAdES, carries its verification code, and every later copy is the same bytes; the public page
 * shows what was issued, tells a genuine file from a changed one, knows no other code and is rate-limited; the
 * secretariat records SRIKANDI numbers on its own office's letters only.
 */
@IntegrationTest
class VerificationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    AnswerLetter answerLetters;
    @Autowired
    SigningKeys keys;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    record Scheduled(ConsultationRequest request, Appointment appointment, String email) {
    }

    Scheduled scheduled(String office, int day) {
        StaffUser officer = fixtures.officer(office);
        String email = "verifikasi." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest request = fixtures.assigned(office, email, officer);
        Appointment appointment = scheduling.schedule(fixtures.principal(officer), request.getId(),
                new PlanInput(fixtures.workingDay(office, day), LocalTime.of(13, 0), 30, ConsultationMode.ONLINE, null,
                        "https://meet.contoh.id/verifikasi", null, fixtures.ids(officer), officer.getId(), null,
                        "uji: melewati batas"));
        return new Scheduled(request, appointment, email);
    }

    String codeOf(Appointment appointment) {
        return jdbc.queryForObject("select verification_code from issued_letter where kind = 'ANSWER_LETTER' and reference = ?",
                String.class, "appointment:" + appointment.getId() + ":" + appointment.getLetterNumber());
    }

    @Test
    void theAnswerLetterIsSignedByTheOfficeAsPadesAndTheSignatureValidatesAgainstItsCertificate() throws Exception {
        Scheduled s = scheduled("buton", 3);
        byte[] pdf = answerLetters.pdf(s.appointment());
        StaffUser head = staffUsers.activeWithRole(s.appointment().getOfficeId(), Role.KADIS).get(0);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getFilter()).isEqualTo(PDSignature.FILTER_ADOBE_PPKLITE.getName());
            assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            assertThat(signature.getName()).contains(head.getFullName());
            int[] range = signature.getByteRange();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);

            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms;
            try (ASN1InputStream contents = new ASN1InputStream(signature.getContents(pdf))) {
                // the contents are padded with zeros to their reserved size: the signature is the first DER object
                cms = new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(contents.readObject()));
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            var certificate = keys.forOffice(offices.office(s.appointment().getOfficeId())).orElseThrow().certificate();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signed);
            assertThat(ASN1OctetString.getInstance(signer.getSignedAttributes().get(CMSAttributes.messageDigest)
                    .getAttrValues().getObjectAt(0)).getOctets()).as("the digest of the byte range").isEqualTo(digest);
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES B-B").isNull();
        }
        String code = codeOf(s.appointment());
        assertThat(Pdfs.text(pdf)).contains("Ditandatangani secara elektronik oleh " + head.getFullName(),
                VerificationCodes.grouped(code), "/verifikasi");
    }

    @Test
    void everyLaterCopyOfTheLetterIsTheIssuedBytes() throws Exception {
        Scheduled s = scheduled("babel", 3);
        byte[] mailed = Mailbox.attachment(Mailbox.awaitSubject(s.email(), "Surat jawaban"), "application/pdf");
        byte[] downloaded = mvc.perform(get("/lacak/" + s.request().getTrackingToken() + "/surat-jawaban.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] again = answerLetters.pdf(s.appointment());

        assertThat(downloaded).isEqualTo(mailed).isEqualTo(again);
        assertThat(jdbc.queryForObject("select sha256 from issued_letter where verification_code = ?", String.class,
                codeOf(s.appointment()))).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mailed)));
    }

    @Test
    void fourDownloadsAtOnceAllGetTheOneLetterIssued() throws Exception {
        Scheduled s = scheduled("babel", 4);
        ExecutorService users = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> copies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                copies.add(users.submit(() -> {
                    start.await();
                    return answerLetters.pdf(s.appointment());
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<byte[]> copy : copies) {
                distinct.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copy.get())));
            }
            assertThat(distinct).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from issued_letter where kind = 'ANSWER_LETTER' and reference = ?",
                    Integer.class, "appointment:" + s.appointment().getId() + ":" + s.appointment().getLetterNumber()))
                    .isEqualTo(1);
        } finally {
            users.shutdownNow();
        }
    }

    @Test
    void thePageShowsWhatWasIssuedAndTellsTheIssuedFileFromAChangedOne() throws Exception {
        Scheduled s = scheduled("buton", 4);
        byte[] pdf = answerLetters.pdf(s.appointment());
        String code = codeOf(s.appointment());
        RequestPostProcessor client = TestFiles.freshClient();

        Document page = Jsoup.parse(mvc.perform(get("/verifikasi/" + code).with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String shown = page.select("#issued-letter").text();
        assertThat(shown).contains("Surat jawaban", s.appointment().getLetterNumber(), "Dinas Sosial Kabupaten Buton",
                VerificationCodes.grouped(code), "Ditandatangani secara elektronik");
        assertThat(page.select("#sha256").text()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(page.text()).doesNotContain(s.email(), s.request().getApplicant().getDisplayName());
        // the code as typed from paper: lower case, with its dashes
        mvc.perform(get("/verifikasi/" + VerificationCodes.grouped(code).toLowerCase()).with(client))
                .andExpect(status().isOk());

        assertThat(outcome(code, pdf, client)).startsWith("Asli");

        byte[] changed = pdf.clone();
        int middle = pdf.length / 3;
        changed[middle] = (byte) (changed[middle] == '0' ? '1' : '0');
        assertThat(outcome(code, changed, client)).startsWith("Tidak asli").contains("bukan surat yang diterbitkan");

        // a copy damaged so that it no longer opens (a changed byte may land in its page tree): not the issued
        // letter either, said as such, not "the file cannot be read"
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(outcome(code, broken, client)).startsWith("Tidak asli").contains("bukan surat yang diterbitkan");

        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        appended.write(pdf);
        appended.write("\n% a line added after signing\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(outcome(code, appended.toByteArray(), client)).startsWith("Tidak asli")
                .contains("diubah setelah ditandatangani");

        Document notPdf = Jsoup.parse(mvc.perform(multipart("/verifikasi/" + code)
                        .file(new MockMultipartFile("file", "surat.png", "image/png", TestFiles.png()))
                        .with(csrf()).with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(notPdf.select("#file-error").text()).isEqualTo("Berkas harus berupa PDF.");
        assertThat(notPdf.select("#verification-outcome")).isEmpty();
    }

    String outcome(String code, byte[] upload, RequestPostProcessor client) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/verifikasi/" + code)
                        .file(new MockMultipartFile("file", "surat.pdf", "application/pdf", upload))
                        .with(csrf()).with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#verification-outcome").text();
    }

    @Test
    void anUnknownCodeIsNotFoundInTheVisitorsLanguage() throws Exception {
        RequestPostProcessor client = TestFiles.freshClient();
        mvc.perform(get("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC").with(client)).andExpect(status().isNotFound());
        mvc.perform(get("/verifikasi/bukan-kode").with(client)).andExpect(status().isNotFound());
        String english = mvc.perform(get("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC?lang=en").with(client))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(english).select("html").attr("lang")).isEqualTo("en");
        mvc.perform(get("/verifikasi").with(client)).andExpect(status().isOk());
        mvc.perform(get("/verifikasi?kode=7kq2m-x9d4h-oprt5-wz3bc").with(client))
                .andExpect(redirectedUrl("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC"));
    }

    @Test
    void lookupsAndUploadsAreLimitedPerAddress() throws Exception {
        RequestPostProcessor client = TestFiles.freshClient();
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/verifikasi/7KQ2MX9D4H0PRT5WZ3B" + (i % 10)).with(client))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC").with(client)).andExpect(status().isTooManyRequests());
        mvc.perform(multipart("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC").file(new MockMultipartFile("file", "surat.pdf",
                "application/pdf", TestFiles.pdf())).with(csrf()).with(client)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/verifikasi/7KQ2MX9D4H0PRT5WZ3BC").with(TestFiles.freshClient())).andExpect(status().isNotFound());
    }

    @Test
    void theSecretariatRecordsTheSrikandiNumberOfItsOwnOfficesLettersOnly() throws Exception {
        Scheduled s = scheduled("buton", 5);
        answerLetters.pdf(s.appointment());
        String code = codeOf(s.appointment());
        long id = jdbc.queryForObject("select id from issued_letter where verification_code = ?", Long.class, code);
        String srikandi = "B-" + UUID.randomUUID().toString().substring(0, 6) + "/DINSOS/2026";

        mvc.perform(post("/staf/surat/" + id + "/srikandi").param("number", "B-999/LAIN").with(csrf())
                .with(Staff.as(users, DemoStaff.of(Role.SEKRETARIAT, "babel")))).andExpect(status().isNotFound());
        mvc.perform(post("/staf/surat/" + id + "/srikandi").param("number", "B-999/LAIN").with(csrf())
                .with(Staff.as(users, DemoStaff.of(Role.PETUGAS, "buton")))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select srikandi_number from issued_letter where id = ?", String.class, id)).isNull();
        assertThat(mvc.perform(get("/staf/surat").with(Staff.as(users, DemoStaff.of(Role.SEKRETARIAT, "babel"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(s.appointment().getLetterNumber());

        mvc.perform(post("/staf/surat/" + id + "/srikandi").param("number", srikandi).with(csrf())
                .with(Staff.as(users, DemoStaff.of(Role.SEKRETARIAT, "buton")))).andExpect(status().is3xxRedirection());
        // the list is newest first, a page at a time: other tests' letters (some issued at later test-clock times) may
        // come before this one, so the secretariat follows "next" until the page that lists it
        String address = "/staf/surat";
        String listed;
        while (true) {
            listed = mvc.perform(get(address).with(Staff.as(users, DemoStaff.of(Role.SEKRETARIAT, "buton"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (listed.contains(s.appointment().getLetterNumber())) {
                break;
            }
            Element next = Jsoup.parse(listed).selectFirst("a[rel=next][href]");
            assertThat(next).as("a next page while the letter is not listed").isNotNull();
            address = next.attr("href");
        }
        assertThat(listed).contains(s.appointment().getLetterNumber(), srikandi);
        String page = mvc.perform(get("/verifikasi/" + code).with(TestFiles.freshClient()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("#srikandi-number").text()).isEqualTo(srikandi);
    }
}
