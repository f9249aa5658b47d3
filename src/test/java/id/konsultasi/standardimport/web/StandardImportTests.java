package id.konsultasi.standardimport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SignedIn;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An office administrator imports a published standard (pasted, or uploaded as text or PDF), reviews what was read
 * beside the source, corrects it and saves it; the system administrator creates an office from one. Each test acts on
 * an office of its own, so the demo offices stay as they are.
 */
@IntegrationTest
class StandardImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    OfficeDirectory directory;

    @Test
    void butonsPublishedTextIsReviewedAndSavedAsTheOfficeStandard() throws Exception {
        Office office = testOffice("uji-impor-buton");
        Document review = review(office, text("buton"));

        assertThat(review.select("#source tbody tr")).hasSizeGreaterThan(60);
        assertThat(review.select("tr.unrecognised")).isEmpty();
        assertThat(review.select("#unrecognised-count").text()).isEqualTo("Semua baris dikenali.");
        assertThat(review.select("#limits li").eachText()).containsExactly("Surat jawaban: 1 hari kerja",
                "Konsultasi: 3 hari kerja", "Tamu datang langsung: 60 menit");
        assertThat(review.select("#free").text()).isEqualTo("Gratis: ya (tidak dipungut biaya).");
        assertThat(review.select("[name='standard.decreeNumber']").val()).isEqualTo("8 TAHUN 2023");
        assertThat(review.select("[name='profile.name']").val()).isEqualTo("Dinas Sosial");
        assertThat(directory.standard(office.getId()).decreeNumber()).as("nothing saved yet").isNull();

        mvc.perform(submit(review, Map.of()).with(adminOf(office)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/standar"));

        ServiceStandard.Revision saved = directory.standard(office.getId());
        assertThat(saved.decreeNumber()).isEqualTo("8 TAHUN 2023");
        assertThat(saved.limits()).isEqualTo(new ServiceStandard.TimeLimits(1, 3, 60));
        assertThat(saved.fee()).isEqualTo("Tidak dipungut biaya");
        assertThat(saved.requirements()).hasSize(7).allMatch(Requirement::isForEveryone);
        assertThat(saved.procedure()).hasSize(9);
        assertThat(saved.products()).isNotEmpty();
        assertThat(saved.complaintChannels()).hasSize(5);
        assertThat(saved.switches()).as("the office's own workflow is kept").isEqualTo(
                directory.standard(offices.findByCode("babel").orElseThrow().getId()).switches());
        assertThat(offices.require(office.getId()).profile().name()).as("the profile only when asked")
                .isEqualTo("Dinas Uji uji-impor-buton");
    }

    @Test
    void aDifferentlyFormattedStandardShowsItsGapsAndIsSavedOnlyWhenTheyAreFilled() throws Exception {
        Office office = testOffice("uji-impor-lain");
        Document review = review(office, text("lain"));

        assertThat(review.select("tr.unrecognised").eachAttr("id")).containsExactly("line-27", "line-37");
        assertThat(review.select("#line-27").text()).contains("tidak dikenali", "Catatan: jadwal konsultasi");
        assertThat(review.select("li.import-warning").eachText()).containsExactlyInAnyOrder(
                "Komponen Produk pelayanan tidak ditemukan dalam teks.",
                "Baris 30: Jangka waktu \"2 x 24 jam\" bukan batas yang dikenali (surat jawaban, konsultasi, tamu "
                        + "datang langsung).");
        assertThat(review.select("#limits li").eachText()).allMatch(limit -> limit.endsWith("tidak dikenali"));
        assertThat(review.select(".missing").eachText()).containsExactly("Tidak ada dalam teks: Produk pelayanan");
        assertThat(review.select("[name='standard.products']").val()).isEmpty();

        // no product: the review again, with the message beside the field and the text kept
        Document again = Jsoup.parse(mvc.perform(submit(review, Map.of("updateProfile", "true")).with(adminOf(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#error-summary")).hasSize(1);
        assertThat(again.select("[name='standard.products']").hasClass("is-invalid")).isTrue();
        assertThat(again.select("textarea[name='text']").val().stripTrailing()).isEqualTo(text("lain").stripTrailing());
        assertThat(again.select("tr.unrecognised")).hasSize(2);

        mvc.perform(submit(again, Map.of("updateProfile", "true", "standard.products", "Surat jawaban")).with(adminOf(office)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/standar"));
        ServiceStandard.Revision saved = directory.standard(office.getId());
        assertThat(saved.decreeNumber()).isEqualTo("400.9/12/DINSOS/2024");
        assertThat(saved.limits().isEmpty()).isTrue();
        assertThat(saved.completionTimeNote()).isEqualTo("2 x 24 jam");
        assertThat(saved.products()).containsExactly("Surat jawaban");
        Office updated = offices.require(office.getId());
        assertThat(updated.profile().name()).isEqualTo("DINAS SOSIAL KOTA NUSANTARA");
        assertThat(updated.profile().website()).isEqualTo("https://dinsos.nusantarakota.go.id");
        assertThat(updated.profile().email()).isEqualTo("dinsos@nusantarakota.go.id");
        assertThat(updated.profile().timeZone()).as("what the header does not carry stays").isEqualTo(
                office.profile().timeZone());
    }

    @Test
    void theInternalComponentsAndThePledgeTheTextCarriesAreSavedAndTheOthersKept() throws Exception {
        Office office = testOffice("uji-impor-internal");
        administration.reviseInternalComponents(office.getId(), offices.require(office.getId()).getVersion(),
                InternalComponents.none().with(InternalComponent.PERFORMANCE_EVALUATION, java.util.List.of("Evaluasi tiap triwulan"))
                        .with(InternalComponent.LEGAL_BASIS, java.util.List.of("Peraturan lama")), "Janji lama.");

        Document review = review(office, text("lain-lengkap"));
        assertThat(review.select("#internal-read li").eachText()).contains(
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");
        assertThat(review.select("#internal-read").text()).contains("Maklumat pelayanan", "Dengan ini");
        mvc.perform(submit(review, Map.of("standard.products", "Surat jawaban")).with(adminOf(office)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/standar"));

        Office saved = offices.require(office.getId());
        InternalComponents internal = directory.storedInternalComponents(office.getId());
        assertThat(internal.of(InternalComponent.LEGAL_BASIS)).as("read from the text")
                .contains("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik")
                .doesNotContain("Peraturan lama");
        assertThat(internal.of(InternalComponent.PERFORMANCE_EVALUATION)).as("what the text does not carry stays")
                .containsExactly("Evaluasi tiap triwulan");
        assertThat(saved.getPledge()).startsWith("Dengan ini").doesNotContain("Janji lama");

        // a text without them changes neither
        Document plain = review(office, text("buton"));
        assertThat(plain.select("#internal-read").text()).contains("tidak memuat komponen internal");
        mvc.perform(submit(plain, Map.of()).with(adminOf(office))).andExpect(status().is3xxRedirection());
        assertThat(directory.storedInternalComponents(office.getId())).isEqualTo(internal);
        assertThat(offices.require(office.getId()).getPledge()).isEqualTo(saved.getPledge());
    }

    @Test
    void anInternalComponentLongerThanTheOfficeStoresIsRefusedInWordsAndNothingIsSaved() throws Exception {
        Office office = testOffice("uji-impor-panjang");
        String text = text("buton") + "\nDASAR HUKUM:\n1. " + "Peraturan yang sangat panjang ".repeat(80) + "\n";
        Document review = review(office, text);

        Document refused = Jsoup.parse(mvc.perform(submit(review, Map.of()).with(adminOf(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#error-summary").text())
                .contains("Satu butir komponen internal lebih dari 2.000 karakter atau maklumat lebih dari 10.000 karakter");
        assertThat(refused.select("textarea[name='text']").val().strip()).isEqualTo(text.strip());
        assertThat(directory.standard(office.getId()).decreeNumber()).as("nothing saved").isNull();
        assertThat(directory.storedInternalComponents(office.getId()).isEmpty()).isTrue();
    }

    @Test
    void aPdfIsReadByItsTextAndAScannedOneIsRefused() throws Exception {
        Office office = testOffice("uji-impor-pdf");
        Document review = Jsoup.parse(mvc.perform(multipart("/admin/standar/impor")
                        .file(TestFiles.file("file", "standar.pdf", pdfOf(text("lain")))).param("text", "")
                        .with(csrf()).with(adminOf(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(review.select("[name='standard.decreeNumber']").val()).isEqualTo("400.9/12/DINSOS/2024");
        assertThat(review.select("[name='standard.requirements[0].text']").val())
                .isEqualTo("Kartu Tanda Penduduk (KTP) pemohon");

        Document scanned = Jsoup.parse(mvc.perform(multipart("/admin/standar/impor")
                        .file(TestFiles.file("file", "pindaian.pdf", TestFiles.pdf())).param("text", "")
                        .with(csrf()).with(adminOf(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(scanned.select("#file-error").text()).startsWith("PDF ini tidak berisi teks");
    }

    @Test
    void aFileThatIsNeitherTextNorPdfIsRefusedBesideTheFieldAndThePastedTextIsKept() throws Exception {
        Office office = testOffice("uji-impor-exe");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        for (MockMultipartFile file : new MockMultipartFile[] {TestFiles.file("file", "standar.exe", program),
                TestFiles.file("file", "standar.txt", program)}) {
            Document page = Jsoup.parse(mvc.perform(multipart("/admin/standar/impor").file(file)
                            .param("text", "PERSYARATAN:\n- KTP").with(csrf()).with(adminOf(office)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#file-error").text()).isNotEmpty();
            assertThat(page.select("#file").hasClass("is-invalid")).isTrue();
            assertThat(page.select("textarea[name='text']").val()).isEqualTo("PERSYARATAN:\n- KTP");
            assertThat(page.select("#source")).isEmpty();
        }
        Document empty = Jsoup.parse(mvc.perform(post("/admin/standar/impor").param("text", " ").with(csrf())
                .with(adminOf(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("#text-error").text()).isEqualTo("Tempel teks standar pelayanan atau pilih berkasnya.");
    }

    @Test
    void goingBackFromTheReviewKeepsTheText() throws Exception {
        Office office = testOffice("uji-impor-kembali");
        Document review = review(office, text("lain"));
        MockHttpServletRequestBuilder back = post("/admin/standar/impor/kembali").with(csrf()).with(adminOf(office));
        review.select("#review-form").forms().get(0).formData().forEach(field -> back.param(field.key(), field.value()));
        Document paste = Jsoup.parse(mvc.perform(back).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(paste.select("textarea[name='text']").val().stripTrailing()).isEqualTo(text("lain").stripTrailing());
    }

    @Test
    void aReviewOverTakenByAnotherChangeIsRefusedAndChangesNothing() throws Exception {
        Office office = testOffice("uji-impor-basi");
        Document review = review(office, text("buton"));
        Office current = offices.require(office.getId());
        administration.updateProfile(office.getId(), current.getVersion(), current.profile().named("Dinas Uji Lain"));

        mvc.perform(submit(review, Map.of()).with(adminOf(office))).andExpect(status().isConflict());
        assertThat(directory.standard(office.getId()).decreeNumber()).isNull();
    }

    @Test
    void onlyTheOfficeAdministratorImportsAndOnlyTheSystemAdministratorCreatesAnOffice() throws Exception {
        for (String user : new String[] {"kadis.buton", "admin"}) {
            mvc.perform(get("/admin/standar/impor").with(Staff.as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/standar/impor/simpan").param("text", "x").with(csrf())
                    .with(Staff.as(users, user))).andExpect(status().isForbidden());
        }
        for (String user : new String[] {"admin.buton", "kadis.buton"}) {
            mvc.perform(get("/sistem/kantor/impor").with(Staff.as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/sistem/kantor/impor/simpan").param("text", "x").with(csrf())
                    .with(Staff.as(users, user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/standar/impor")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorSavesOnlyIntoTheirOwnOffice() throws Exception {
        Office mine = testOffice("uji-impor-milik");
        Office other = testOffice("uji-impor-lainnya");
        Document review = review(other, text("buton"));

        // the review of another office's administrator, posted by this one: it names no office, so it can only
        // replace the signed-in administrator's own standard, and that one's version differs
        mvc.perform(submit(review, Map.of("standard.version", String.valueOf(mine.getVersion())))
                .with(adminOf(mine))).andExpect(status().is3xxRedirection());
        assertThat(directory.standard(other.getId()).decreeNumber()).isNull();
        assertThat(directory.standard(mine.getId()).decreeNumber()).isEqualTo("8 TAHUN 2023");
    }

    @Test
    void theSystemAdministratorCreatesAnOfficeFromAPublishedStandard() throws Exception {
        RequestPostProcessor system = Staff.as(users, "admin");
        Document review = Jsoup.parse(mvc.perform(post("/sistem/kantor/impor").param("text", text("lain"))
                .with(csrf()).with(system)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(review.select("[name='office.name']").val()).isEqualTo("DINAS SOSIAL KOTA NUSANTARA");
        assertThat(review.select("[name='office.government']").val()).isEqualTo("PEMERINTAH KOTA NUSANTARA");
        assertThat(review.select("[name='office.code']").val()).isEmpty();
        assertThat(review.select("tr.unrecognised")).hasSize(2);

        // no code, no receipt prefix, no product: refused beside each field, nothing lost
        Document again = Jsoup.parse(mvc.perform(submit("/sistem/kantor/impor/simpan", review, Map.of()).with(system))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("[name='office.code']").hasClass("is-invalid")).isTrue();
        assertThat(again.select("[name='office.receiptPrefix']").hasClass("is-invalid")).isTrue();
        assertThat(again.select("[name='office.name']").val()).isEqualTo("DINAS SOSIAL KOTA NUSANTARA");

        Map<String, String> filled = Map.of("office.code", "uji-nusantara", "office.receiptPrefix", "UNS",
                "standard.products", "Surat jawaban\nKonsultasi tatap muka");
        mvc.perform(submit("/sistem/kantor/impor/simpan", again, filled).with(system))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/sistem/kantor/*"));
        Office created = offices.findByCode("uji-nusantara").orElseThrow();
        assertThat(created.profile().name()).isEqualTo("DINAS SOSIAL KOTA NUSANTARA");
        assertThat(created.profile().phone()).isEqualTo("0215550123");
        ServiceStandard.Revision standard = directory.standard(created.getId());
        assertThat(standard.decreeNumber()).isEqualTo("400.9/12/DINSOS/2024");
        assertThat(standard.requirements()).hasSize(3);
        assertThat(standard.switches()).isEqualTo(new ServiceStandard.WorkflowSwitches(false, false, false, false, true));

        // the code is taken now: the message beside it
        Document taken = Jsoup.parse(mvc.perform(submit("/sistem/kantor/impor/simpan", again, filled).with(system))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(taken.select("[name='office.code']").hasClass("is-invalid")).isTrue();
    }

    /** A test office of its own, created from Bangka Belitung's profile and standard. */
    private Office testOffice(String code) {
        return offices.findByCode(code).orElseGet(() -> {
            Office babel = offices.findByCode("babel").orElseThrow();
            Office created = administration.createOffice(code, babel.profile().named("Dinas Uji " + code),
                    new ServiceStandard.Revision("Layanan uji", null, Requirement.forEveryone(java.util.List.of("KTP")),
                            java.util.List.of("Datang"), new ServiceStandard.TimeLimits(null, null, null), null, "Gratis",
                            java.util.List.of("Jawaban"), java.util.List.of(), null,
                            directory.standard(babel.getId()).switches()));
            return offices.require(created.getId());
        });
    }

    private static RequestPostProcessor adminOf(Office office) {
        return SignedIn.as(SignedIn.staff(office.getId(), Role.OFFICE_ADMIN));
    }

    private Document review(Office office, String text) throws Exception {
        return Jsoup.parse(mvc.perform(post("/admin/standar/impor").param("text", text).with(csrf())
                .with(adminOf(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The review's form as a browser sends it, with some fields changed. */
    private static MockHttpServletRequestBuilder submit(Document review, Map<String, String> changes) {
        return submit("/admin/standar/impor/simpan", review, changes);
    }

    private static MockHttpServletRequestBuilder submit(String url, Document review, Map<String, String> changes) {
        FormElement form = review.select("#review-form").forms().get(0);
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.formData().stream().filter(field -> !changes.containsKey(field.key()) && !field.key().equals("_csrf"))
                .forEach(field -> request.param(field.key(), field.value()));
        changes.forEach(request::param);
        return request;
    }

    private static String text(String name) {
        try (InputStream in = StandardImportTests.class.getResourceAsStream("/standards/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that holds the text, one line of it per line of the page (pages as needed). */
    private static byte[] pdfOf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] lines = text.split("\n");
            for (int start = 0; start < lines.length; start += 45) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 740);
                    for (int index = start; index < Math.min(lines.length, start + 45); index++) {
                        content.showText(lines[index].replace("\t", " "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
