package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The public form: what each office's standard asks, bad input answered clearly, nothing typed lost. */
@IntegrationTest
class IntakeFormTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestDocuments documents;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    static final String NIK = "7404015708900003";

    /** Buton's form as a browser sends it; {@code overrides} are name/value pairs that replace fields. */
    MockMultipartHttpServletRequestBuilder butonForm(String formKey, List<MockMultipartFile> files, String... overrides) {
        return officeForm("buton", formKey, files, overrides);
    }

    /** An office's form with the same answers. */
    MockMultipartHttpServletRequestBuilder officeForm(String code, String formKey, List<MockMultipartFile> files,
                                                      String... overrides) {
        MockMultipartHttpServletRequestBuilder form = multipart("/kantor/" + code + "/ajukan");
        files.forEach(form::file);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("formKey", formKey);
        fields.put("applicantType", "PERSON");
        fields.put("name", "Wa Ode Sitti");
        fields.put("nik", "7404 0157 0890 0003");
        fields.put("phone", "0852-5704-8204");
        fields.put("email", "waode@contoh.id");
        fields.put("topic", "Syarat bantuan sosial lansia");
        fields.put("purpose", "Mengetahui syarat dan alur pengajuan");
        fields.put("preferredMode", "IN_PERSON");
        fields.put("consent", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        form.with(csrf()).with(TestFiles.freshClient());
        fields.forEach(form::param);
        return form;
    }

    MockMultipartHttpServletRequestBuilder butonForm(String formKey, MockMultipartFile... files) {
        return butonForm(formKey, List.of(files));
    }

    /**
     * Sends a form as an applicant does: the form, then the "check your answers" page it leads to, by its send
     * button (with the page's hidden fields and the cookies the form's answer set, as a browser would).
     */
    ResultActions sent(MockMultipartHttpServletRequestBuilder form) throws Exception {
        MvcResult checked = mvc.perform(form).andExpect(status().isOk()).andReturn();
        Element send = Jsoup.parse(checked.getResponse().getContentAsString()).selectFirst("form button[name=send]");
        assertThat(send).as("the check-your-answers page").isNotNull();
        MockMultipartHttpServletRequestBuilder post = post(send.closest("form"), send);
        if (checked.getResponse().getCookies().length > 0) {
            post.cookie(checked.getResponse().getCookies());
        }
        return mvc.perform(post);
    }

    /** The form of a page posted by one of its buttons, with its hidden fields; {@code overrides}: name/value pairs. */
    static MockMultipartHttpServletRequestBuilder post(Element form, Element button, String... overrides) {
        MockMultipartHttpServletRequestBuilder post = multipart(button.hasAttr("formaction")
                ? button.attr("formaction").replaceAll("#.*", "") : form.attr("action"));
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden][name]:not([name=_csrf])").forEach(i -> fields.put(i.attr("name"), i.val()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(post::param);
        post.param(button.attr("name"), button.val());
        return post.with(csrf()).with(TestFiles.freshClient());
    }

    ConsultationRequest byKey(String formKey) {
        return requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), formKey)
                .orElseThrow();
    }

    /** The page of an office's form that asks this field, reached as "change" on the answers reaches it. */
    Document pageAsking(String office, String field) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/kantor/" + office + "/ajukan").with(csrf())
                        .with(TestFiles.freshClient()).param("formKey", UUID.randomUUID().toString())
                        .param("change", field))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void eachOfficesFormAsksWhatItsStandardAsks() throws Exception {
        Document buton = pageAsking("buton", "idScan");
        assertThat(buton.select("label[for=idScan]").text()).isEqualTo("Pindaian KTP/paspor/kartu identitas");
        assertThat(buton.select("#preferredVisitAt, input[name=visitDay], input[name=visitTime]")).isEmpty();
        assertThat(buton.select("form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(buton.text()).contains("Undang-Undang Nomor 27 Tahun 2022", "730 hari");
        assertThat(pageAsking("buton", "topic").select("#preferredVisitAt, input[name=visitDay]")).isEmpty();

        assertThat(pageAsking("babel", "topic").select("input[name=visitDay]")).isNotEmpty();
        assertThat(pageAsking("babel", "topic").select("input[name=visitTime]")).isNotEmpty();
        assertThat(pageAsking("babel", "idScan").select("label[for=idScan]").text()).contains("tidak wajib");
        Document babel = Jsoup.parse(mvc.perform(get("/kantor/babel/ajukan")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(babel.select("li").eachText()).contains("Waktu kunjungan konsultasi");
    }

    /**
     * One page per group of questions: who asks, what is asked, the files and the consent. Each page is checked on
     * its own, "back" keeps everything (a file chosen too), the last page leads to the answers to check.
     */
    @Test
    void theFormIsAskedOnePageAtATime() throws Exception {
        String key = UUID.randomUUID().toString();
        Document first = Jsoup.parse(mvc.perform(get("/kantor/buton/ajukan")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(first.select("#step-progress").text()).isEqualTo("Langkah 1 dari 3");
        // each page is named after its questions (what a screen reader says first, and the browser's tab)
        assertThat(first.title()).startsWith("Data pemohon — Langkah 1 dari 3 — Ajukan konsultasi: ");
        assertThat(Jsoup.parse(mvc.perform(get("/kantor/buton/ajukan").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).title()).startsWith("Applicant — Step 1 of 3 — Ask for a consultation: ");
        assertThat(first.select("#name, #phone, input[name=applicantType]")).isNotEmpty();
        assertThat(first.select("#topic:not([type=hidden]), #idScan, #consent1")).isEmpty();

        // the first page with a mistake comes back alone: the questions of the next pages are not judged yet
        Document mistaken = step(first, "change", "next", "formKey", key, "name", "", "phone", "0852-5704-8204",
                "nik", NIK, "email", "waode@contoh.id");
        assertThat(mistaken.select("#step-progress").text()).isEqualTo("Langkah 1 dari 3");
        assertThat(mistaken.title()).startsWith("Kesalahan: Data pemohon — Langkah 1 dari 3");
        assertThat(mistaken.select("#name ~ .invalid-feedback").text()).isEqualTo("Wajib diisi.");
        assertThat(mistaken.select(".invalid-feedback")).hasSize(1);
        assertThat(mistaken.select("#phone").val()).isEqualTo("0852-5704-8204");

        Document second = step(mistaken, "change", "next", "name", "Wa Ode Sitti");
        assertThat(second.select("#step-progress").text()).isEqualTo("Langkah 2 dari 3");
        assertThat(second.title()).startsWith("Konsultasi yang diminta — Langkah 2 dari 3");
        assertThat(second.select("input[type=hidden][name=name]").val()).isEqualTo("Wa Ode Sitti");
        assertThat(second.select(".invalid-feedback, #error-summary")).isEmpty();
        assertThat(second.select("textarea#purpose, input#topic[type=text]")).hasSize(2);
        Document third = step(second, "change", "next", "topic", "Syarat bantuan sosial lansia",
                "purpose", "Mengetahui syarat dan alur pengajuan", "preferredMode", "IN_PERSON");
        assertThat(third.select("#step-progress").text()).isEqualTo("Langkah 3 dari 3");
        assertThat(third.title()).startsWith("Berkas — Langkah 3 dari 3");
        assertThat(third.select("#idScan, #consent1")).hasSize(2);
        assertThat(third.select("#requestLetter")).as("a person attaches no institution's letter").isEmpty();

        // back with a file chosen: the page before, everything kept, the file too
        Element form = third.selectFirst("form[action$=/ajukan]");
        Element back = third.selectFirst("button[name=back]");
        MockMultipartHttpServletRequestBuilder backPost = post(form, back);
        backPost.file(TestFiles.file("idScan", "ktp.png", TestFiles.png()));
        Document again = Jsoup.parse(mvc.perform(backPost).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(again.select("#step-progress").text()).isEqualTo("Langkah 2 dari 3");
        assertThat(again.select("#topic").val()).isEqualTo("Syarat bantuan sosial lansia");
        Document last = step(again, "change", "next");
        assertThat(last.text()).contains("Sudah diunggah ktp.png");
        Element sendPage = last.selectFirst("form[action$=/ajukan]");
        Element finish = last.selectFirst("form button[type=submit]:not([name])");
        Document summary = Jsoup.parse(mvc.perform(post(sendPage, finish, "consent", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(summary.select("h1").text()).isEqualTo("Periksa jawaban Anda");
        assertThat(summary.select("dl dd").eachText()).contains("Wa Ode Sitti", "Syarat bantuan sosial lansia", "ktp.png");
        assertThat(requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key))
                .isEmpty();
    }

    /** A page of the form sent by its button named {@code button} with this value, its fields as typed. */
    Document step(Document page, String button, String value, String... typed) throws Exception {
        Element form = page.selectFirst("form[action$=/ajukan]");
        Element pressed = form.selectFirst("button[name=" + button + "][value=" + value + "]");
        assertThat(pressed).as("a button " + button + "=" + value).isNotNull();
        MockMultipartHttpServletRequestBuilder post = post(form, pressed, typed);
        // what the page shows in its visible fields (a browser sends them too)
        for (Element field : form.select("input[type=text], input[type=tel], input[type=email], input[type=radio][checked], textarea")) {
            boolean typedHere = false;
            for (int i = 0; i < typed.length; i += 2) {
                typedHere |= typed[i].equals(field.attr("name"));
            }
            if (!typedHere && field.hasAttr("name")) {
                post.param(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
            }
        }
        return Jsoup.parse(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** What an applicant of Buton must meet, by the way they apply: online, for an institution, in person. */
    @Test
    void anOnlineApplicantReadsOnlyTheRequirementsThatApplyOnline() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/kantor/buton/ajukan")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        List<String> listed = form.select("#requirements li").eachText();
        assertThat(listed).anyMatch(t -> t.startsWith("Materi konsultasi yang diminta secara jelas"))
                .noneMatch(t -> t.contains("Registrasi tamu ke piket tamu"))
                .noneMatch(t -> t.startsWith("Menunjukkan kartu tanda penduduk"));
        // the institution's letter is revealed when the applicant writes for one (and says whose it is without scripts)
        Element letter = form.select("#requirements li").stream()
                .filter(li -> li.text().startsWith("Membawa surat permohonan dari pimpinan institusi")).findFirst()
                .orElseThrow();
        assertThat(letter.attr("data-show-if")).isEqualTo("applicantType!=PERSON");
        assertThat(letter.text()).endsWith("(hanya untuk institusi)");

        // the answers to check list what this applicant must meet: a person's without the institution's letter
        Document person = Jsoup.parse(mvc.perform(butonForm(UUID.randomUUID().toString(),
                        TestFiles.file("idScan", "ktp.png", TestFiles.png())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(person.select("#requirements li").eachText()).contains("Materi konsultasi yang diminta secara jelas")
                .noneMatch(t -> t.startsWith("Membawa surat permohonan"))
                .noneMatch(t -> t.contains("Registrasi tamu ke piket tamu"));
        Document institution = Jsoup.parse(mvc.perform(butonForm(UUID.randomUUID().toString(), List.of(
                        TestFiles.file("idScan", "ktp.png", TestFiles.png()), TestFiles.file("requestLetter", "surat.pdf",
                                TestFiles.pdf())), "applicantType", "NGO", "institution", "LSM Peduli", "position", "Ketua"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(institution.select("#requirements li").eachText())
                .anyMatch(t -> t.startsWith("Membawa surat permohonan dari pimpinan institusi"))
                .noneMatch(t -> t.contains("Registrasi tamu ke piket tamu"));

        // the office page shows them all, each walk-in's and institution's with its note
        Document office = Jsoup.parse(mvc.perform(get("/kantor/buton")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(office.select(".office-essentials li").eachText()).contains(
                "Registrasi tamu ke piket tamu (hanya bila datang langsung)",
                "Menunjukkan kartu tanda penduduk / paspor / kartu identitas lainnya yang berlaku (hanya bila datang langsung)",
                "Membawa surat permohonan dari pimpinan institusi / lembaga swadaya masyarakat / partai politik / badan publik lainnya (hanya untuk institusi)",
                "Materi konsultasi yang diminta secara jelas");
        Document english = Jsoup.parse(mvc.perform(get("/kantor/buton").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select(".office-essentials li").eachText())
                .contains("Registrasi tamu ke piket tamu (only when you come in person)");
    }

    @Test
    void aValidFormShowsTheAnswersToCheckAndRegistersNothingYet() throws Exception {
        String key = UUID.randomUUID().toString();
        Document page = Jsoup.parse(mvc.perform(butonForm(key, TestFiles.file("idScan", "ktp saya.png", TestFiles.png())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Periksa jawaban Anda");
        assertThat(page.select("dl dd").eachText()).contains("Wa Ode Sitti", "7404 0157 0890 0003", "0852-5704-8204",
                "waode@contoh.id", "Syarat bantuan sosial lansia", "Mengetahui syarat dan alur pengajuan", "ktp saya.png");
        assertThat(page.select("dl dt").eachText()).doesNotContain("Nama institusi/lembaga");
        assertThat(page.select("button[name=change]")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.text()).startsWith("Ubah"));
        assertThat(page.select("button[name=send]").text()).isEqualTo("Kirim permohonan");
        assertThat(requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key))
                .isEmpty();
    }

    @Test
    void changeLeadsBackToTheFormWithEverythingTypedAndTheFileKept() throws Exception {
        String key = UUID.randomUUID().toString();
        // an institution without its letter is sent back to the form (its scan kept): the letter is attached there
        Document withoutLetter = Jsoup.parse(mvc.perform(butonForm(key, List.of(TestFiles.file("idScan", "ktp.png",
                        TestFiles.png())), "applicantType", "NGO", "institution", "LSM Peduli", "position", "Ketua"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(withoutLetter.select("#error-summary")).isNotEmpty();
        Document summary = Jsoup.parse(mvc.perform(butonForm(key, List.of(TestFiles.file("requestLetter", "surat.pdf",
                        TestFiles.pdf())), "applicantType", "NGO", "institution", "LSM Peduli", "position", "Ketua"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(summary.select("dl dd").eachText()).contains("LSM Peduli", "Ketua", "ktp.png", "surat.pdf");

        // "change" opens the page that asks it, everything else kept in hidden fields
        Element change = summary.selectFirst("button[name=change][value=name]");
        assertThat(change).isNotNull();
        Document again = Jsoup.parse(mvc.perform(post(change.closest("form"), change)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(again.select("#step-progress").text()).isEqualTo("Langkah 1 dari 3");
        assertThat(again.select("#name").val()).isEqualTo("Wa Ode Sitti");
        assertThat(again.select("#institution").val()).isEqualTo("LSM Peduli");
        assertThat(again.select("#position").val()).isEqualTo("Ketua");
        assertThat(again.select("input[type=hidden][name=purpose]").val()).isEqualTo("Mengetahui syarat dan alur pengajuan");
        assertThat(again.select("input[name=applicantType][checked]").val()).isEqualTo("NGO");
        assertThat(again.select("input[type=hidden][name=consent]").val()).isEqualTo("true");
        assertThat(again.select("#formKey").val()).isEqualTo(key);
        assertThat(again.select("#error-summary, .invalid-feedback")).isEmpty();
        Document files = Jsoup.parse(mvc.perform(post(change.closest("form"),
                        summary.selectFirst("button[name=change][value=idScan]"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(files.text()).contains("Sudah diunggah ktp.png", "Sudah diunggah surat.pdf");
        // its "continue" leads back to the answers, with the name changed
        Document changed = step(again, "change", "next", "name", "Wa Ode Sitti Rahma");
        assertThat(changed.select("h1").text()).isEqualTo("Periksa jawaban Anda");
        assertThat(changed.select("dl dd").eachText()).contains("Wa Ode Sitti Rahma", "LSM Peduli", "ktp.png", "surat.pdf");
        assertThat(requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key))
                .isEmpty();
    }

    @Test
    void sendRegistersTheRequestOnceWithItsFiles() throws Exception {
        String key = UUID.randomUUID().toString();
        Document summary = Jsoup.parse(mvc.perform(butonForm(key, TestFiles.file("idScan", "ktp.png", TestFiles.png())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element send = summary.selectFirst("button[name=send]");
        String first = mvc.perform(post(send.closest("form"), send)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(post(send.closest("form"), send)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first).isEqualTo("/lacak/" + byKey(key).getTrackingToken() + "/tanda-terima");
        assertThat(jdbc.queryForObject("select count(*) from consultation_request where idempotency_key = ?",
                Integer.class, key)).isEqualTo(1);
        assertThat(documents.findByRequestIdOrderByUploadedAt(byKey(key).getId())).extracting(RequestDocument::getFilename)
                .containsExactly("ktp.png");
        assertThat(byKey(key).getApplicant().getPhone()).isEqualTo("+6285257048204");
    }

    @Test
    void theAnswersAreCheckedAgainWhenSentAndInEnglishToo() throws Exception {
        String key = UUID.randomUUID().toString();
        Document summary = Jsoup.parse(mvc.perform(butonForm(key, TestFiles.file("idScan", "ktp.png", TestFiles.png()))
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(summary.select("h1").text()).isEqualTo("Check your answers");
        assertThat(summary.select("button[name=change][value=phone]").text()).isEqualTo("Change Phone/WhatsApp number");
        assertThat(summary.select("button[name=send]").text()).isEqualTo("Send the request");

        // what the page sends is checked again: a value changed on the way comes back beside its field
        Element send = summary.selectFirst("button[name=send]");
        Document form = Jsoup.parse(mvc.perform(post(send.closest("form"), send, "phone", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#error-summary")).isNotEmpty();
        assertThat(form.select("#phone ~ .invalid-feedback").text()).startsWith("Nomor telepon tidak valid");
        assertThat(form.select("#name").val()).isEqualTo("Wa Ode Sitti");
        assertThat(form.select("#step-progress").text()).isEqualTo("Langkah 1 dari 3");
        assertThat(requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key))
                .isEmpty();
        // corrected, it leads back to the answers, the file still kept
        Document corrected = step(form, "change", "next", "phone", "0852-5704-8204");
        assertThat(corrected.select("h1").text()).isEqualTo("Periksa jawaban Anda");
        assertThat(corrected.select("dl dd").eachText()).contains("ktp.png");
    }

    @Test
    void aCitizenSubmitsWithAnIdScanAndTheDataIsKeptEncrypted() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] scan = TestFiles.png();
        MvcResult result = sent(butonForm(key, TestFiles.file("idScan", "ktp saya.png", scan)))
                .andExpect(status().is3xxRedirection()).andReturn();
        ConsultationRequest r = byKey(key);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/lacak/" + r.getTrackingToken() + "/tanda-terima");
        assertThat(r.getReceiptNumber()).matches("KONS/BTN/\\d{4}/\\d{6}");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(r.getApplicant().getPhone()).isEqualTo("+6285257048204");
        assertThat(r.getApplicant().getNikLast4()).isEqualTo("0003");
        assertThat(r.getAnswerDueAt()).isNotNull();
        assertThat(r.getConsultationDueAt()).isAfter(r.getAnswerDueAt());
        assertThat(r.getConsentAt()).isNotNull();

        byte[] storedNik = jdbc.queryForObject("select nik_encrypted from consultation_request where id = ?",
                byte[].class, r.getId());
        assertThat(new String(storedNik, StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
        List<RequestDocument> docs = documents.findByRequestIdOrderByUploadedAt(r.getId());
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.getContentType()).isEqualTo("image/png");
            assertThat(d.getFilename()).isEqualTo("ktp saya.png");
            assertThat(d.getSize()).isEqualTo(scan.length);
        });
        byte[] stored = jdbc.queryForObject("select ciphertext from request_document_content where document_id = ?",
                byte[].class, docs.get(0).getId());
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(scan, 0, 16))).isNegative();
    }

    @Test
    void aDoubleSubmitRegistersOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = sent(butonForm(key, TestFiles.file("idScan", "ktp.pdf", TestFiles.pdf())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = sent(butonForm(key, TestFiles.file("idScan", "ktp.pdf", TestFiles.pdf())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from consultation_request where idempotency_key = ?",
                Integer.class, key)).isEqualTo(1);
    }

    @Test
    void errorsComeBackBesideTheirFieldsWithEverythingTypedAndTheFileKept() throws Exception {
        String key = UUID.randomUUID().toString();
        String html = mvc.perform(butonForm(key, List.of(TestFiles.file("idScan", "ktp.png", TestFiles.png())),
                        "nik", "1234", "phone", "123", "email", "bukan-email", "consent", "false"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#nik ~ .invalid-feedback").text()).isEqualTo("NIK terdiri atas 16 digit angka yang valid; periksa kembali.");
        assertThat(form.select("#phone ~ .invalid-feedback").text()).startsWith("Nomor telepon tidak valid");
        assertThat(form.select("#email ~ .invalid-feedback").text()).isEqualTo("Alamat e-mail tidak valid.");
        assertThat(form.text()).contains("Persetujuan ini diperlukan agar permohonan dapat diproses.");
        assertThat(form.select("#name").val()).isEqualTo("Wa Ode Sitti");
        assertThat(form.select("#topic").val()).isEqualTo("Syarat bantuan sosial lansia");
        assertThat(form.select("#purpose").text()).isEqualTo("Mengetahui syarat dan alur pengajuan");
        assertThat(form.select("#formKey").val()).isEqualTo(key);
        assertThat(form.text()).contains("Sudah diunggah ktp.png");
        assertThat(form.select("#error-summary")).isNotEmpty();

        // the second attempt needs no file again: the kept one is attached
        sent(butonForm(key)).andExpect(status().is3xxRedirection());
        assertThat(documents.findByRequestIdOrderByUploadedAt(byKey(key).getId())).extracting(RequestDocument::getFilename)
                .containsExactly("ktp.png");
    }

    @Test
    void filesAreJudgedByTheirContentNotTheirName() throws Exception {
        String key = UUID.randomUUID().toString();
        String html = mvc.perform(butonForm(key, TestFiles.file("idScan", "ktp.pdf",
                        "ini bukan pdf".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#idScan-error").text()).isEqualTo("Berkas harus berupa PDF, JPG atau PNG.");
        assertThat(requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key)).isEmpty();

        // a real PNG with a misleading name is accepted as what it is
        String key2 = UUID.randomUUID().toString();
        sent(butonForm(key2, TestFiles.file("idScan", "foto.pdf", TestFiles.png())))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.findByRequestIdOrderByUploadedAt(byKey(key2).getId()).get(0).getContentType())
                .isEqualTo("image/png");
    }

    @Test
    void aFileOverTheLimitIsRefusedBesideItsFieldAndAHugeRequestIsA413Page() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
        String html = mvc.perform(butonForm(UUID.randomUUID().toString(), TestFiles.file("idScan", "besar.pdf", big)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#idScan-error").text()).isEqualTo("Berkas terlalu besar; paling besar 5 MB.");
    }

    @Test
    void theIdScanIsRequiredWhereTheStandardSaysSoAndInstitutionsNeedTheirLetter() throws Exception {
        String html = mvc.perform(butonForm(UUID.randomUUID().toString(), List.of(), "applicantType", "NGO"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#idScan-error").text()).isEqualTo("Lampirkan berkas ini.");
        assertThat(form.select("#requestLetter-error").text())
                .isEqualTo("Lampirkan surat permohonan yang ditandatangani pimpinan institusi.");
        assertThat(form.select("#institution ~ .invalid-feedback").text()).isEqualTo("Tulis nama institusi yang Anda wakili.");
    }

    @Test
    void bangkaBelitungAsksTheVisitTimeAndNeedsNoIdScan() throws Exception {
        String key = UUID.randomUUID().toString();
        String html = mvc.perform(multipart("/kantor/babel/ajukan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", key).param("applicantType", "PERSON").param("name", "Budi")
                        .param("phone", "081234567890").param("email", "budi@contoh.id").param("topic", "PKH")
                        .param("purpose", "Konsultasi data penerima").param("preferredMode", "ONLINE")
                        .param("consent", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#visitDay-error").text())
                .startsWith("Standar pelayanan kantor ini meminta waktu kunjungan");

        String visit = ZonedDateTime.now(TestClock.INSTANCE).plusDays(9).withHour(10).withMinute(0).toLocalDateTime().toString().substring(0, 16);
        sent(multipart("/kantor/babel/ajukan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", key).param("applicantType", "PERSON").param("name", "Budi")
                        .param("phone", "081234567890").param("email", "budi@contoh.id").param("topic", "PKH")
                        .param("purpose", "Konsultasi data penerima").param("preferredMode", "ONLINE")
                        .param("preferredVisitAt", visit).param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest r = requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("babel").orElseThrow().getId(), key)
                .orElseThrow();
        assertThat(r.getReceiptNumber()).startsWith("KONS/DSPMD/");
        assertThat(r.getPreferredVisitAt()).isNotNull();
        // Bangka Belitung states no answer or consultation limit
        assertThat(r.getAnswerDueAt()).isNull();
        assertThat(r.getConsultationDueAt()).isNull();
    }

    /** Bangka Belitung's form as a browser sends it (Buton's answers); {@code overrides} replace fields. */
    MockMultipartHttpServletRequestBuilder babelForm(String formKey, String... overrides) {
        return officeForm("babel", formKey, List.of(), overrides);
    }

    @Test
    void theVisitTimeIsChosenFromTheOfficesWorkingDaysAndHoursAndNothingElseIsAccepted() throws Exception {
        // the picker: the next working days of the office (today, Wednesday 11 November 2026, is not among them),
        // then a time within its hours (08:00 to 16:00 WIB) in half hours; radios that need no script, on the page
        // of the request's questions
        Document form = pageAsking("babel", "visitDay");
        List<String> days = form.select("input[type=radio][name=visitDay]").eachAttr("value");
        assertThat(days).hasSize(10).startsWith("2026-11-12", "2026-11-13", "2026-11-16").doesNotContain("2026-11-11",
                "2026-11-14", "2026-11-15");
        assertThat(form.select("label[for=" + form.select("input[name=visitDay][value=2026-11-12]").attr("id") + "]")
                .text()).contains("Kamis", "12 November");
        List<String> times = form.select("input[type=radio][name=visitTime]").eachAttr("value");
        assertThat(times).startsWith("08:00", "08:30").endsWith("15:30").doesNotContain("16:00", "07:30");
        assertThat(form.select("fieldset:has(input[name=visitDay]) > legend").text()).isNotBlank();
        assertThat(form.select("fieldset:has(input[name=visitTime]) > legend").text()).isNotBlank();

        // chosen: the answers say it in words, "change" brings the choice back, and it is stored as the wish
        String key = UUID.randomUUID().toString();
        Document check = Jsoup.parse(mvc.perform(babelForm(key, "visitDay", "2026-11-17", "visitTime", "10:30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(check.select("h1").text()).isEqualTo("Periksa jawaban Anda");
        assertThat(check.text()).contains("Selasa, 17 November 2026", "10:30");
        Element change = check.selectFirst("button[name=change][value=visitDay]");
        assertThat(change).as("the way back to the visit time").isNotNull();
        Document again = Jsoup.parse(mvc.perform(post(change.closest("form"), change)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(again.select("input[name=visitDay][checked]").val()).isEqualTo("2026-11-17");
        assertThat(again.select("input[name=visitTime][checked]").val()).isEqualTo("10:30");
        sent(babelForm(key, "visitDay", "2026-11-17", "visitTime", "10:30")).andExpect(status().is3xxRedirection());
        ConsultationRequest r = requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("babel").orElseThrow().getId(),
                key).orElseThrow();
        assertThat(r.getPreferredVisitAt()).isEqualTo(ZonedDateTime.of(2026, 11, 17, 10, 30, 0, 0,
                java.time.ZoneId.of("Asia/Jakarta")).toInstant());

        // a crafted post: a time outside the office's hours, a Saturday, a day gone; each beside its field, in the
        // applicant's language, with everything typed kept
        Document late = Jsoup.parse(mvc.perform(babelForm(UUID.randomUUID().toString(), "visitDay", "2026-11-17",
                "visitTime", "17:00")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(late.select("#visitTime-error").text()).isEqualTo("Pilih jam di dalam jam kerja kantor, 08:00 sampai 16:00 WIB.");
        assertThat(late.select("#name").val()).isEqualTo("Wa Ode Sitti");
        assertThat(late.select("input[name=visitDay][checked]").val()).isEqualTo("2026-11-17");
        Document saturday = Jsoup.parse(mvc.perform(babelForm(UUID.randomUUID().toString(), "visitDay", "2026-11-21",
                "visitTime", "10:00", "lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(saturday.select("#visitDay-error").text()).isEqualTo("The office is closed on that day; choose a working day.");
        assertThat(saturday.select("input[name=visitTime][checked]").val()).isEqualTo("10:00");
        Document gone = Jsoup.parse(mvc.perform(babelForm(UUID.randomUUID().toString(), "visitDay", "2026-11-10",
                "visitTime", "10:00")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(gone.select("#visitDay-error").text()).isEqualTo("Pilih waktu yang akan datang.");
        Document noTime = Jsoup.parse(mvc.perform(babelForm(UUID.randomUUID().toString(), "visitDay", "2026-11-17"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(noTime.select("#visitTime-error").text()).startsWith("Standar pelayanan kantor ini meminta waktu kunjungan");
    }

    @Test
    void anEmailAddressIsRequiredOnlyWhereTheStandardSaysSo() throws Exception {
        // Buton's standard sends its letters by e-mail: without an address the form comes back, beside the field
        Document buton = Jsoup.parse(mvc.perform(butonForm(UUID.randomUUID().toString(), List.of(), "email", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(buton.select("#email ~ .invalid-feedback").text()).isEqualTo("Wajib diisi.");

        // Bangka Belitung's asks only for a contact number: the form says so, and the request goes in without one
        Document form = Jsoup.parse(mvc.perform(get("/kantor/babel/ajukan")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("label[for=email]").text()).contains("tidak wajib");
        assertThat(form.select("#email").hasAttr("required")).isFalse();
        String key = UUID.randomUUID().toString();
        String visit = ZonedDateTime.now(TestClock.INSTANCE).plusDays(9).withHour(10).withMinute(0).toLocalDateTime()
                .toString().substring(0, 16);
        sent(multipart("/kantor/babel/ajukan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", key).param("applicantType", "PERSON").param("name", "Budi Tanpa Surel")
                        .param("phone", "081234567890").param("email", "").param("topic", "PKH")
                        .param("purpose", "Konsultasi data penerima").param("preferredMode", "ONLINE")
                        .param("preferredVisitAt", visit).param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        ConsultationRequest r = requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("babel").orElseThrow().getId(), key)
                .orElseThrow();
        assertThat(r.getApplicant().getEmail()).isNull();
        assertThat(r.getApplicant().getPhone()).isEqualTo("+6281234567890");
    }

    @Test
    void theRequestKeepsTheLanguageTheApplicantWroteIn() throws Exception {
        String visit = ZonedDateTime.now(TestClock.INSTANCE).plusDays(9).withHour(10).withMinute(0).toLocalDateTime()
                .toString().substring(0, 16);
        long babel = offices.findByCode("babel").orElseThrow().getId();
        for (String lang : List.of("en", "id")) {
            String key = UUID.randomUUID().toString();
            sent(multipart("/kantor/babel/ajukan").with(csrf()).with(TestFiles.freshClient())
                            .param("lang", lang).param("formKey", key).param("applicantType", "PERSON")
                            .param("name", "Ann Writes " + lang).param("phone", "081234567890")
                            .param("email", "ann@example.org").param("topic", "PKH").param("purpose", "Asking")
                            .param("preferredMode", "ONLINE").param("preferredVisitAt", visit).param("consent", "true"))
                    .andExpect(status().is3xxRedirection());
            ConsultationRequest r = requests.findByOfficeIdAndIdempotencyKey(babel, key).orElseThrow();
            assertThat(r.getApplicant().getLocale().getLanguage()).isEqualTo(lang);
        }
    }

    @Test
    void tooManySubmissionsFromOneAddressGetAFriendlyPage() throws Exception {
        var sameClient = TestFiles.freshClient();
        int limited = 0;
        // 20 posts an hour: a request is two (the form, then the send from its "check your answers" page)
        for (int i = 0; i < 22; i++) {
            int status = mvc.perform(multipart("/kantor/babel/ajukan").with(csrf()).with(sameClient)
                    .param("formKey", UUID.randomUUID().toString())).andReturn().getResponse().getStatus();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(2);
        String page = mvc.perform(multipart("/kantor/babel/ajukan").with(csrf()).with(sameClient))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Terlalu banyak permintaan");
        // going back from the summary to change an answer, or on to the next page of the form, stores nothing and is
        // never refused
        mvc.perform(multipart("/kantor/babel/ajukan").with(csrf()).with(sameClient).param("change", "topic")
                .param("formKey", UUID.randomUUID().toString())).andExpect(status().isOk());
        mvc.perform(multipart("/kantor/babel/ajukan").with(csrf()).with(sameClient).param("change", "next")
                .param("step", "1").param("formKey", UUID.randomUUID().toString())).andExpect(status().isOk());
    }

    /** A burst that keeps every database connection busy: the applicant is asked to send again shortly, not shown an error. */
    @Test
    void whenEveryDatabaseConnectionIsBusyTheApplicantIsAskedToSendAgainShortly() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        MvcResult result;
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            result = mvc.perform(butonForm(UUID.randomUUID().toString(),
                    TestFiles.file("idScan", "ktp.pdf", TestFiles.pdf()))).andReturn();
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            // a scheduled job that took its ShedLock lock just before the burst and found no connection to give it
            // back keeps it until its lockAtMostFor (the outbox: ten minutes, and every later test's mail waits):
            // what the burst left is given back, as the job's next round on another instance would find after it
            jdbc.update("update shedlock set lock_until = locked_at where lock_until > locked_at");
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Layanan sedang sibuk");
        assertThat(page.select("p.lead").text()).contains("kirim lagi");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
