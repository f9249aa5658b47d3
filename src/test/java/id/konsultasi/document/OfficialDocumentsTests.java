package id.konsultasi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.consultation.ClosingLetter;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.FollowUp;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.consultation.ReportDocument;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.intake.ReceiptDocument;
import id.konsultasi.office.Office;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.RefusalLetter;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.ArchivalPdfs;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every document the office hands out, read back as an archivist and a reader would: PDF/A-3b as veraPDF sees it,
 * every font embedded, its title, office and number in the metadata, "halaman x dari y" on every page, numbers
 * that never break inside, and not one font warning while it was made.
 */
@IntegrationTest
class OfficialDocumentsTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    RequestService requestService;
    @Autowired
    DispositionService dispositions;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    ReceiptDocument receipts;
    @Autowired
    AnswerLetter answerLetters;
    @Autowired
    RefusalLetter refusalLetters;
    @Autowired
    ReportDocument reports;
    @Autowired
    ClosingLetter closingLetters;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    MockMvc mvc;

    private final ListAppender<ILoggingEvent> pdfboxLog = new ListAppender<>();
    private final Logger pdfbox = (Logger) LoggerFactory.getLogger("org.apache.pdfbox");

    @BeforeEach
    void listenToPdfbox() {
        pdfboxLog.start();
        pdfbox.addAppender(pdfboxLog);
    }

    @AfterEach
    void stopListening() {
        pdfbox.detachAppender(pdfboxLog);
        pdfboxLog.stop();
    }

    /** Every kind of document of one request of Buton's, in the order the request meets them. */
    Map<String, byte[]> everyDocument() throws Exception {
        return everyDocument("2026-10");
    }

    /**
     * Every document of a new request, and the recap of this closed month. A closed month's recap is issued once
     * (verification.IssuedLetters): the first download of the month in this JVM is what every later one gets.
     */
    Map<String, byte[]> everyDocument(String recapMonth) throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        Receipt receipt = requestService.submit(buton.getId(), new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Nguyễn Thị Ánh", null, null, null, "+6281234567890",
                        "arsip." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id", "Jl. Mawar No. 5"),
                "Bantuan pendidikan anak", "Konsultasi pendidikan ✓", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
        long id = receipt.requestId();
        requestService.register(Staff.principal(users, "sekretariat.buton"), id, requests.findById(id).orElseThrow().getVersion());
        dispositions.decide(Staff.principal(users, "kadis.buton"), id, new DispositionService.Decision(
                requests.findById(id).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, officer.getId(), List.of(),
                Urgency.ROUTINE, Set.of(), null));
        Appointment appointment = scheduling.schedule(fixtures.principal(officer), id, new PlanInput(
                fixtures.workingDay("buton", 1), LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON,
                fixtures.room("buton").getId(), null, null, fixtures.ids(officer), officer.getId(),
                "KTP asli", "uji: melewati batas"));
        LocalDate day = fixtures.workingDay("buton", 1);
        RecordContent content = new RecordContent(ZonedDateTime.of(day, LocalTime.of(10, 0), buton.zone()).toInstant(),
                ZonedDateTime.of(day, LocalTime.of(11, 0), buton.zone()).toInstant(), ConsultationMode.IN_PERSON,
                officer.getId(), Set.of(), null, null, "Pemohon sendiri", "Anak putus sekolah", "Dibahas syarat bantuan",
                "Ajukan bantuan pendidikan melalui desa", "Daftarkan ke DTKS", "Pendampingan", "Formulir pendaftaran",
                List.of(new FollowUp("Kunjungan rumah", "Pekerja sosial", day.plusDays(14))),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
        ConsultationRecord record = consultations.saveDraft(fixtures.principal(officer), id, null, content, null, Set.of());
        ConsultationRequest request = requests.findWholeById(id).orElseThrow();

        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("receipt", receipts.pdf(request));
        documents.put("lembar disposisi", download("/staf/disposisi/" + id + "/lembar.pdf", "kadis.buton"));
        documents.put("answer letter", answerLetters.pdf(appointment));
        documents.put("refusal letter", refusalLetters.pdf(request, "0001/ST/BTN/2026", Instant.now(TestClock.INSTANCE),
                "Materi di luar kewenangan dinas"));
        documents.put("consultation report", reports.pdf(record, request));
        documents.put("closing letter", closingLetters.pdf(record, request));
        documents.put("monthly recap", download("/staf/laporan/rekap.pdf?bulan=" + recapMonth, "kadis.buton"));
        documents.put("guest book", download("/staf/piket/buku-tamu.pdf?dari=2026-11-01&sampai=2026-11-11", "piket.buton"));
        return documents;
    }

    String page(String url, String username) throws Exception {
        return new String(download(url, username), StandardCharsets.UTF_8);
    }

    byte[] download(String url, String username) throws Exception {
        return mvc.perform(get(url).with(Staff.as(users, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    @Test
    void everyDocumentIsAnArchivalPdfWithItsFontsEmbeddedItsMetadataAndItsPagesNumbered() throws Exception {
        Map<String, byte[]> documents = everyDocument();

        assertThat(pdfboxLog.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .as("no font warning while rendering").extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        documents.forEach((kind, pdf) -> {
            assertThat(ArchivalPdfs.pdfaFailures(pdf)).as(kind + " is PDF/A-3b").isEmpty();
            assertThat(ArchivalPdfs.unembeddedFonts(pdf)).as(kind + ": every font embedded").isEmpty();
            assertThat(ArchivalPdfs.xmp(pdf)).as(kind + ": XMP says PDF/A-3B")
                    .contains("pdfaid:part", "pdfaid:conformance");
            ArchivalPdfs.Info info = ArchivalPdfs.info(pdf);
            assertThat(info.title()).as(kind + ": title").isNotBlank();
            assertThat(info.author()).as(kind + ": author is the office").contains("Dinas Sosial");
            assertThat(info.subject()).as(kind + ": subject").isNotBlank();
            List<String> pages = ArchivalPdfs.pages(pdf);
            for (int p = 1; p <= pages.size(); p++) {
                assertThat(pages.get(p - 1)).as(kind + ": footer of page " + p)
                        .contains("halaman " + p + " dari " + pages.size());
            }
        });
    }

    @Test
    void numbersNeverBreakInsideAndTheMetadataNamesTheDocument() throws Exception {
        Map<String, byte[]> documents = everyDocument();
        documents.forEach((kind, pdf) -> ArchivalPdfs.pages(pdf).forEach(page -> page.lines()
                .filter(line -> line.contains("KONS/"))
                .forEach(line -> assertThat(line).as(kind + ": the receipt number on one line")
                        .matches(".*KONS/BTN/\\d{4}/\\d{6}.*"))));
        byte[] receipt = documents.get("receipt");
        String number = ArchivalPdfs.pages(receipt).get(0).lines().filter(l -> l.contains("KONS/")).findFirst()
                .orElseThrow().replaceAll(".*(KONS/BTN/\\d{4}/\\d{6}).*", "$1");
        assertThat(ArchivalPdfs.info(receipt).title()).isEqualTo("Tanda Terima Permohonan Konsultasi " + number);
        assertThat(ArchivalPdfs.info(receipt).keywords()).contains(number, "Dinas Sosial");

        ArchivalPdfs.Info answer = ArchivalPdfs.info(documents.get("answer letter"));
        assertThat(answer.title()).matches("Surat Jawaban.* \\d{4}/SJ/BTN/\\d{4}");
        assertThat(answer.keywords()).contains("Surat Jawaban");
    }

    @Test
    void theLettersAreDatedFromTheOfficesTownAndSayTheirSifatAndLampiran() throws Exception {
        Map<String, byte[]> documents = everyDocument();
        String day = "11 November 2026";
        for (String letter : List.of("answer letter", "refusal letter")) {
            String text = Pdfs.text(documents.get(letter));
            assertThat(text).as(letter).contains("Pasarwajo, " + day, "Sifat : Biasa", "Lampiran : -")
                    .doesNotContain("Tanggal : " + day);
        }
        assertThat(Pdfs.text(documents.get("closing letter"))).as("the closing letter's preview")
                .contains("Sifat : Biasa", "Lampiran : -");

        // the administrator says the town on the office's profile page, each office its own
        assertThat(Jsoup.parse(page("/admin/profil", "admin.buton")).select("input[name=place]").val())
                .isEqualTo("Pasarwajo");
        assertThat(Jsoup.parse(page("/admin/profil", "admin.babel")).select("input[name=place]").val())
                .isEqualTo("Pangkalpinang");
    }

    @Test
    void theSignatoryHasTheRankAndNipUnderTheName() throws Exception {
        StaffUser head = staffUsers.findByUsername("kadis.buton").orElseThrow();
        StaffUser.Profile before = head.profile();
        StaffPrincipal system = new StaffPrincipal(0, "system", "system", null, null, EnumSet.of(Role.SYSTEM_ADMIN));
        userAdministration.change(system, head.getId(), head.getVersion(), new StaffUser.Profile(before.fullName(),
                before.position(), "196805121993031007", "Pembina Utama Muda, IV/c", before.phone(), before.email(),
                before.divisionId()), head.getRoles());
        try {
            Map<String, byte[]> documents = everyDocument();
            for (String letter : List.of("answer letter", "refusal letter", "closing letter")) {
                assertThat(Pdfs.text(documents.get(letter))).as(letter)
                        .contains(before.fullName() + " Pembina Utama Muda, IV/c NIP 196805121993031007");
            }
        } finally {
            StaffUser changed = staffUsers.findByUsername("kadis.buton").orElseThrow();
            userAdministration.change(system, changed.getId(), changed.getVersion(), before, changed.getRoles());
        }
    }

    /** The test logo's width in pixels (the QR codes are 240 px wide, or more). */
    static final int LOGO_WIDTH = 120;

    static byte[] png(int size, boolean noise) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(17);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                boolean inside = (x - size / 2) * (x - size / 2) + (y - size / 2) * (y - size / 2) < size * size / 5;
                image.setRGB(x, y, noise ? random.nextInt() : inside ? 0xFF1B5E20 : 0x00FFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    String uploadLogo(String username, String filename, String type, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/profil/logo").file(new MockMultipartFile("logo", filename, type, content))
                        .with(csrf()).with(Staff.as(users, username)))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAdministratorsLogoStandsAtTheLeftOfTheLetterheadAndOnlyAPngIsTaken() throws Exception {
        byte[] logo = png(LOGO_WIDTH, false);
        try {
            mvc.perform(multipart("/admin/profil/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", logo))
                            .with(csrf()).with(Staff.as(users, "admin.buton")))
                    .andExpect(status().is3xxRedirection());
            assertThat(Jsoup.parse(page("/admin/profil", "admin.buton")).select("#logo-current")).hasSize(1);
            assertThat(download("/admin/profil/logo", "admin.buton")).isEqualTo(logo);
            // the other office has none, and sees none of Buton's
            assertThat(Jsoup.parse(page("/admin/profil", "admin.babel")).select("#logo-none")).hasSize(1);
            mvc.perform(get("/admin/profil/logo").with(Staff.as(users, "admin.babel"))).andExpect(status().isNotFound());
            mvc.perform(multipart("/admin/profil/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", logo))
                    .with(csrf()).with(Staff.as(users, "kadis.buton"))).andExpect(status().isForbidden());

            // an SVG, a script in it or not, and a PNG too large are refused with the reason beside the field
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";
            assertThat(Jsoup.parse(uploadLogo("admin.buton", "logo.png", "image/png", svg.getBytes(StandardCharsets.UTF_8)))
                    .select("#logo ~ .invalid-feedback").text())
                    .isEqualTo("Logo harus berupa gambar PNG (berkas SVG, JPEG, PDF dan lainnya tidak diterima).");
            byte[] large = png(400, true);
            assertThat(large.length).isGreaterThan(512 * 1024);
            assertThat(Jsoup.parse(uploadLogo("admin.buton", "besar.png", "image/png", large))
                    .select("#logo ~ .invalid-feedback").text()).isEqualTo("Logo paling besar 512 KB.");
            assertThat(download("/admin/profil/logo", "admin.buton")).as("the logo in use stays").isEqualTo(logo);

            // a month no other test issues: its recap is issued now, with the logo
            Map<String, byte[]> documents = everyDocument("2025-07");
            // the letters, the recap and the receipt (beside its QR codes, which are other images): the logo, once,
            // on the first page (found by its width: the QR codes may stand on the first page too, or not)
            for (String kind : List.of("answer letter", "refusal letter", "closing letter", "monthly recap", "receipt")) {
                byte[] pdf = documents.get(kind);
                assertThat(ArchivalPdfs.imagesOnFirstPage(pdf, LOGO_WIDTH)).as(kind + ": the logo").isEqualTo(1);
                assertThat(ArchivalPdfs.pdfaFailures(pdf)).as(kind + " with its logo is PDF/A-3b").isEmpty();
            }
        } finally {
            mvc.perform(post("/admin/profil/logo/hapus").with(csrf()).with(Staff.as(users, "admin.buton")))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(ArchivalPdfs.imagesOnFirstPage(everyDocument().get("answer letter"), LOGO_WIDTH)).as("removed")
                .isZero();
    }
}
