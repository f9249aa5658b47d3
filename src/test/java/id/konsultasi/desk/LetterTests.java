package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.upload.KeptUploadService;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Spreadsheets;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Paper letters: registered at the counter with their scan, agenda number (yearly sequence per office) and
 * receipt at once; marked incomplete by the secretariat; listed and exported in the agenda book.
 */
@IntegrationTest
class LetterTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestDocuments documents;
    @Autowired
    LetterService letters;
    @Autowired
    KeptUploadService keptUploads;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockMultipartHttpServletRequestBuilder letter(String who, String formKey, MockMultipartFile scan,
                                                   String... overrides) {
        MockMultipartHttpServletRequestBuilder form = multipart("/staf/agenda/surat-baru");
        if (scan != null) {
            form.file(scan);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formKey", formKey);
        fields.put("letterNumber", "400/123/DS-WKK/2026");
        fields.put("letterDate", LocalDate.now(TestClock.INSTANCE).minusDays(3).toString());
        fields.put("receivedOn", LocalDate.now(TestClock.INSTANCE).minusDays(1).toString());
        fields.put("applicantType", "INSTITUTION");
        fields.put("institution", "Pemerintah Desa Wakaokili");
        fields.put("position", "Kepala Desa");
        fields.put("name", "La Ode Hamidu");
        fields.put("subject", "Permohonan konsultasi data DTKS");
        fields.put("summary", "Meminta waktu untuk konsultasi pemutakhiran DTKS desa");
        fields.put("phone", "0852 1111 2222");
        fields.put("email", "desa.wakaokili@contoh.id");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        form.with(csrf()).with(Staff.as(users, who));
        fields.forEach((k, v) -> {
            if (v != null) {
                form.param(k, v);
            }
        });
        return form;
    }

    static MockMultipartFile scan() {
        return TestFiles.file("scan", "surat desa.pdf", TestFiles.pdf());
    }

    long requestIdOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staf/agenda/surat/");
        return Long.parseLong(location.substring("/staf/agenda/surat/".length()));
    }

    @Test
    void aLetterBecomesARequestWithItsAgendaNumberScanAndReceipt() throws Exception {
        String subject = unique("Permohonan konsultasi DTKS");
        long id = requestIdOf(mvc.perform(letter("sekretariat.babel", UUID.randomUUID().toString(), scan(),
                "subject", subject)).andExpect(status().is3xxRedirection()).andReturn());
        ConsultationRequest r = requests.findById(id).orElseThrow();
        assertThat(r.getChannel()).isEqualTo(Channel.LETTER);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(r.getAgendaNumber()).matches("\\d{4}/DSPMD/\\d{4}");
        assertThat(r.getRegisteredAt()).isNotNull();
        assertThat(r.getLetter().number()).isEqualTo("400/123/DS-WKK/2026");
        assertThat(r.getLetter().receivedOn()).isEqualTo(LocalDate.now(TestClock.INSTANCE).minusDays(1));
        assertThat(r.getApplicant().getInstitution()).isEqualTo("Pemerintah Desa Wakaokili");
        assertThat(r.getApplicant().getPhone()).isEqualTo("+6285211112222");
        assertThat(documents.findByRequestIdOrderByUploadedAt(id)).singleElement()
                .satisfies(d -> assertThat(d.getKind()).isEqualTo(DocumentKind.LETTER_SCAN));

        Document page = Jsoup.parse(mvc.perform(get("/staf/agenda/surat/" + id).with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#agenda-number").text()).isEqualTo(r.getAgendaNumber());
        assertThat(page.select("#receipt-number").text()).isEqualTo(r.getReceiptNumber());
        String pdf = Pdfs.text(mvc.perform(get(page.select("#print-receipt").attr("href"))
                .with(Staff.as(users, "sekretariat.babel"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(pdf).contains(r.getReceiptNumber(), r.getAgendaNumber(), subject, "Surat");
    }

    @Test
    void agendaNumbersFollowEachOtherWithinTheOfficeAndTheYear() throws Exception {
        long first = requestIdOf(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(), scan())).andReturn());
        long second = requestIdOf(mvc.perform(letter("piket.buton", UUID.randomUUID().toString(), scan())).andReturn());
        String a = requests.findById(first).orElseThrow().getAgendaNumber();
        String b = requests.findById(second).orElseThrow().getAgendaNumber();
        assertThat(b.substring(4)).isEqualTo(a.substring(4)).endsWith("/BTN/" + LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Makassar"))).getYear());
        assertThat(Integer.parseInt(b.substring(0, 4))).isGreaterThan(Integer.parseInt(a.substring(0, 4)));
    }

    @Test
    void aDoubleSubmitRegistersOneLetter() throws Exception {
        String key = UUID.randomUUID().toString();
        long first = requestIdOf(mvc.perform(letter("sekretariat.buton", key, scan())).andReturn());
        long second = requestIdOf(mvc.perform(letter("sekretariat.buton", key, scan())).andReturn());
        long third = requestIdOf(mvc.perform(letter("sekretariat.buton", key, null)).andReturn());
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(documents.findByRequestIdOrderByUploadedAt(first)).hasSize(1);
    }

    @Test
    void theScanIsKeptWhenTheFormComesBackWithMistakes() throws Exception {
        String key = UUID.randomUUID().toString();
        Document page = Jsoup.parse(mvc.perform(letter("sekretariat.buton", key, scan(), "letterNumber", "",
                        "phone", "", "email", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#scan-kept").text()).contains("surat desa.pdf");
        assertThat(page.text()).contains("Isi nomor telepon atau e-mail pemohon");
        assertThat(page.select("#formKey").val()).isEqualTo(key);

        long id = requestIdOf(mvc.perform(letter("sekretariat.buton", key, null)).andReturn());
        assertThat(documents.findByRequestIdOrderByUploadedAt(id)).hasSize(1);
    }

    @Test
    void theScanIsServedUnderItsOwnNameAndNeverStored() throws Exception {
        String name = "Surat “Desa” Wakaokili – Ñoño.pdf";
        long id = requestIdOf(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(),
                TestFiles.file("scan", name, TestFiles.pdf()))).andReturn());
        long documentId = documents.findByRequestIdOrderByUploadedAt(id).get(0).getId();

        var served = mvc.perform(get("/staf/permohonan/" + id + "/dokumen/" + documentId)
                .with(Staff.as(users, "sekretariat.buton"))).andExpect(status().isOk()).andReturn().getResponse();
        ContentDisposition disposition = ContentDisposition.parse(served.getHeader("Content-Disposition"));
        assertThat(disposition.isInline()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(name);
        assertThat(served.getHeader("Content-Disposition")).contains("filename=\"Surat _Desa_ Wakaokili _ Nono.pdf\"");
        assertThat(served.getHeaders("Cache-Control")).containsExactly("no-store");
        assertThat(served.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void aScanOfAFormNeverCompletedIsNotKeptBeyondADay() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(letter("sekretariat.buton", key, scan(), "subject", "")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from kept_upload where form_key = ?", Long.class, key)).isOne();
        jdbc.update("update kept_upload set created_at = ? where form_key = ?",
                java.sql.Timestamp.from(TestClock.INSTANCE.instant().minus(java.time.Duration.ofHours(25))), key);
        keptUploads.forgetAbandoned();
        assertThat(jdbc.queryForObject("select count(*) from kept_upload where form_key = ?", Long.class, key)).isZero();
    }

    @Test
    void aLetterNeedsARealScan() throws Exception {
        Document missing = Jsoup.parse(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(missing.select("#scan-error").text()).isEqualTo("Unggah pindaian surat.");
        Document fake = Jsoup.parse(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(),
                        TestFiles.file("scan", "surat.pdf", "bukan PDF".getBytes())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fake.select("#scan-error").text()).isEqualTo("Berkas harus berupa PDF, JPG atau PNG.");
    }

    @Test
    void theSecretariatMarksALetterIncompleteAndTheDeadlinesWait() throws Exception {
        long id = requestIdOf(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(), scan())).andReturn());
        ConsultationRequest r = requests.findById(id).orElseThrow();
        assertThat(r.getAnswerDueAt()).isNotNull();
        mvc.perform(post("/staf/permohonan/" + id + "/belum-lengkap").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                        .param("version", String.valueOf(r.getVersion())).param("reason", "Lampirkan daftar hadir"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest incomplete = requests.findById(id).orElseThrow();
        assertThat(incomplete.getStatus()).isEqualTo(RequestStatus.INCOMPLETE);
        assertThat(incomplete.getIncompleteReason()).isEqualTo("Lampirkan daftar hadir");
        assertThat(incomplete.getAnswerDueAt()).isNull();
        assertThat(incomplete.getConsultationDueAt()).isNull();
    }

    @Test
    void theAgendaBookListsThePeriodAndItsExportsOpenInASpreadsheet() throws Exception {
        String subject = unique("Konsultasi; \"penyaluran\" BPNT");
        long id = requestIdOf(mvc.perform(letter("sekretariat.buton", UUID.randomUUID().toString(), scan(),
                "subject", subject)).andReturn());
        ConsultationRequest r = requests.findById(id).orElseThrow();
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Makassar")));

        Document page = Jsoup.parse(mvc.perform(get("/staf/agenda").with(Staff.as(users, "sekretariat.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // the book runs in order of registration, 50 entries a page: the new letter is on the last page
        while (!page.select("#agenda-book tbody").text().contains(r.getAgendaNumber())
                && !page.select("a[rel=next][href]").isEmpty()) {
            page = Jsoup.parse(mvc.perform(get(java.net.URI.create(page.select("a[rel=next][href]").attr("href")))
                            .with(Staff.as(users, "sekretariat.buton")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }
        assertThat(page.select("#agenda-book tbody").text()).contains(r.getAgendaNumber(), subject,
                "400/123/DS-WKK/2026", "Pemerintah Desa Wakaokili (La Ode Hamidu)");
        assertThat(page.select("#export-xlsx").attr("href")).contains("dari=" + today.withDayOfMonth(1))
                .contains("sampai=" + today);

        var csv = mvc.perform(get("/staf/agenda/buku-agenda.csv").param("dari", today.toString())
                .param("sampai", today.toString()).with(Staff.as(users, "sekretariat.buton"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("buku-agenda-" + today + ".csv");
        List<List<String>> rows = Spreadsheets.csv(csv.getContentAsByteArray());
        List<String> header = rows.get(0);
        assertThat(header).startsWith("Nomor agenda", "Tanggal registrasi (WITA)", "Saluran", "Pengirim", "Nomor surat");
        List<String> row = rows.stream().filter(x -> x.contains(subject)).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo(r.getAgendaNumber());
        assertThat(row.get(header.indexOf("Saluran"))).isEqualTo("Surat");
        assertThat(row.get(header.indexOf("Tanggal diterima"))).isEqualTo(LocalDate.now(TestClock.INSTANCE).minusDays(1).toString());

        var xlsx = mvc.perform(get("/staf/agenda/buku-agenda.xlsx").param("dari", today.toString())
                .param("sampai", today.toString()).with(Staff.as(users, "sekretariat.buton"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Row> sheet = Spreadsheets.rows(xlsx.getContentAsByteArray());
        assertThat(Spreadsheets.xlsx(xlsx.getContentAsByteArray()).get(0)).isEqualTo(header);
        Row line = sheet.stream().filter(x -> subject.equals(x.getCellText(7))).findFirst().orElseThrow();
        assertThat(line.getCellText(0)).isEqualTo(r.getAgendaNumber());
        LocalDateTime registered = line.getCellAsDate(1).orElseThrow();
        assertThat(registered.toLocalDate()).isEqualTo(today);
        assertThat(line.getCellAsDate(6).orElseThrow().toLocalDate()).isEqualTo(LocalDate.now(TestClock.INSTANCE).minusDays(1));

        // the other office's agenda book knows nothing of it
        String foreign = mvc.perform(get("/staf/agenda/buku-agenda.csv").param("dari", today.toString())
                .with(Staff.as(users, "sekretariat.babel"))).andReturn().getResponse().getContentAsString();
        assertThat(foreign).doesNotContain(subject);
    }
}
