package id.konsultasi.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import id.konsultasi.feedback.ComplaintReceipt;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public complaint form of an office, as its visitor sees it: a complaint with something missing or wrong is
 * shown again with the reason beside each field and everything typed still there; a complete one is handed to the
 * service as typed and leads to its tracking page. The example of a {@link WebSlice} test: no database, the
 * services are mocks.
 */
@WebSlice(PublicComplaintController.class)
class PublicComplaintControllerTests {

    private static final long OFFICE_ID = 7;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficeDirectory directory;
    @MockitoBean
    Offices offices;
    @MockitoBean
    ComplaintService complaints;
    @MockitoBean
    RequestService requests;

    @BeforeEach
    void anOfficeAnsweringInFiveWorkingDays() {
        Office office = new Office("kota-uji", new OfficeProfile("Dinas Sosial Kota Uji", "Pemerintah Kota Uji",
                "Jalan Merdeka 1", "021 555 0101", "dinsos@kota-uji.go.id", null, ZoneId.of("Asia/Jakarta"),
                LocalTime.of(8, 0), LocalTime.of(16, 0), "UJI"));
        ReflectionTestUtils.setField(office, "id", OFFICE_ID);
        when(directory.activeByCode("kota-uji")).thenReturn(Optional.of(office));
        when(complaints.answerWorkingDays(OFFICE_ID)).thenReturn(5);
    }

    @Test
    void theFormNamesTheOfficeAndItsAnsweringTime() throws Exception {
        Document page = page(mvc.perform(get("/kantor/kota-uji/pengaduan")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Sampaikan pengaduan atas layanan konsultasi");
        assertThat(page.select("p.lead").text()).isEqualTo("Dinas Sosial Kota Uji");
        assertThat(page.text()).contains("Setiap pengaduan dijawab paling lambat 5 hari kerja sejak diterima.");
        assertThat(page.select("form").attr("action")).isEqualTo("/kantor/kota-uji/pengaduan");
        assertThat(page.select("input[name=formKey]").val()).matches("[0-9a-f-]{36}");
    }

    @Test
    void anEmptyComplaintIsShownAgainWithWhatIsMissingBesideEachField() throws Exception {
        Document page = page(mvc.perform(send()).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#error-summary").text()).isNotBlank();
        assertThat(page.select("#subject-error").text()).isEqualTo("Wajib diisi.");
        assertThat(errorBeside(page, "textarea#description")).isEqualTo("Wajib diisi.");
        assertThat(page.select("#name-error").text())
                .isEqualTo("Tulis nama Anda, atau pilih agar identitas dirahasiakan.");
        assertThat(page.select("#email-error, #phone-error")).isEmpty();
        verify(complaints, never()).file(anyLong(), any());
    }

    @Test
    void aComplaintWithAWrongContactKeepsEverythingTyped() throws Exception {
        Document page = page(mvc.perform(send()
                        .param("subject", "Jadwal tidak dikabarkan")
                        .param("description", "Saya menunggu kabar jadwal sejak Senin.")
                        .param("name", "Siti Aminah")
                        .param("email", "siti@")
                        .param("phone", "12"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("#email-error").text()).isEqualTo("Alamat e-mail tidak valid.");
        assertThat(page.select("#phone-error").text()).startsWith("Nomor telepon tidak valid");
        assertThat(page.select("#subject-error, #name-error")).isEmpty();
        assertThat(page.select("input#subject").val()).isEqualTo("Jadwal tidak dikabarkan");
        assertThat(page.select("textarea#description").text()).isEqualTo("Saya menunggu kabar jadwal sejak Senin.");
        assertThat(page.select("input#name").val()).isEqualTo("Siti Aminah");
        assertThat(page.select("input#email").val()).isEqualTo("siti@");
        assertThat(page.select("input#phone").val()).isEqualTo("12");
        verify(complaints, never()).file(anyLong(), any());
    }

    @Test
    void aCompleteComplaintIsFiledAsTypedAndLeadsToItsTrackingPage() throws Exception {
        when(complaints.file(eq(OFFICE_ID), any())).thenReturn(new ComplaintReceipt(3, "ADU-UJI-2026-0003", "r4h4s14"));
        String formKey = UUID.randomUUID().toString();

        mvc.perform(send()
                        .param("formKey", formKey)
                        .param("subject", "  Jadwal tidak dikabarkan ")
                        .param("description", "\nSaya menunggu kabar jadwal sejak Senin.  ")
                        .param("name", " Siti Aminah ")
                        .param("email", "siti@contoh.id")
                        .param("phone", "0812 3456 7890"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lacak/pengaduan/r4h4s14"));

        ArgumentCaptor<NewComplaint> filed = ArgumentCaptor.forClass(NewComplaint.class);
        verify(complaints).file(eq(OFFICE_ID), filed.capture());
        NewComplaint complaint = filed.getValue();
        assertThat(complaint.source()).isEqualTo(ComplaintSource.WEB);
        assertThat(complaint.idempotencyKey()).isEqualTo(formKey);
        assertThat(complaint.anonymous()).isFalse();
        assertThat(complaint.subject()).isEqualTo("Jadwal tidak dikabarkan");
        assertThat(complaint.description()).isEqualTo("Saya menunggu kabar jadwal sejak Senin.");
        assertThat(complaint.name()).isEqualTo("Siti Aminah");
        assertThat(complaint.email()).isEqualTo("siti@contoh.id");
        assertThat(complaint.phone()).isEqualTo("+6281234567890");
        assertThat(complaint.requestToken()).isNull();
    }

    @Test
    void anAnonymousComplaintNeedsNoName() throws Exception {
        when(complaints.file(eq(OFFICE_ID), any())).thenReturn(new ComplaintReceipt(4, "ADU-UJI-2026-0004", "t0k3n"));

        mvc.perform(send()
                        .param("anonymous", "true")
                        .param("subject", "Petugas tidak ramah")
                        .param("description", "Saya dibentak di loket."))
                .andExpect(redirectedUrl("/lacak/pengaduan/t0k3n"));

        ArgumentCaptor<NewComplaint> filed = ArgumentCaptor.forClass(NewComplaint.class);
        verify(complaints).file(eq(OFFICE_ID), filed.capture());
        assertThat(filed.getValue().anonymous()).isTrue();
        assertThat(filed.getValue().name()).isNull();
        assertThat(filed.getValue().email()).isNull();
        assertThat(filed.getValue().phone()).isNull();
    }

    @Test
    void anUnknownOfficeIsThePageNotFound() throws Exception {
        Document form = page(mvc.perform(get("/kantor/tidak-ada/pengaduan")).andExpect(status().isNotFound())
                .andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Halaman tidak ditemukan");

        mvc.perform(post("/kantor/tidak-ada/pengaduan").with(csrf())
                        .param("subject", "Jadwal").param("description", "Uraian").param("name", "Siti"))
                .andExpect(status().isNotFound());
        verify(complaints, never()).file(anyLong(), any());
    }

    private static MockHttpServletRequestBuilder send() {
        return post("/kantor/kota-uji/pengaduan").with(csrf());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The message shown under a field that has no id of its own for it. */
    private static String errorBeside(Document page, String field) {
        return page.select(field + " ~ .invalid-feedback").text();
    }
}
