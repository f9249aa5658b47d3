package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import id.konsultasi.office.Holidays;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Receipt;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.MailReader;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public files complaints: from each office's page and from a request's tracking page, gets a number,
 * a secret link, a deadline in the office's working days and a mail; a double submit files one complaint;
 * an anonymous complainant stays unknown on every staff page.
 */
@IntegrationTest
class ComplaintIntakeTests {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", INDONESIAN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Offices offices;
    @Autowired
    Holidays holidays;
    @Autowired
    Complaints complaints;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    UserDetailsService users;

    static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder complaintPost(String url, String formKey, String subject, String email,
                                                RequestPostProcessor client) {
        return post(url).with(csrf()).with(client).param("formKey", formKey).param("subject", subject)
                .param("description", "Sudah lewat tiga hari kerja, surat jawaban belum juga diterima.")
                .param("name", "Wa Ode Sitti Rahma").param("email", email).param("phone", "0812 3456 7890");
    }

    Complaint byRedirect(String redirect) {
        assertThat(redirect).startsWith("/lacak/pengaduan/");
        return complaints.findByTrackingToken(redirect.substring("/lacak/pengaduan/".length())).orElseThrow();
    }


    @Test
    void aComplainantWhoWroteInEnglishIsAnsweredInEnglish() throws Exception {
        String email = "complainant." + UUID.randomUUID() + "@contoh.id";
        String redirect = mvc.perform(complaintPost("/kantor/babel/pengaduan", UUID.randomUUID().toString(),
                        unique("No answer letter yet"), email, TestFiles.freshClient()).param("lang", "en"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = byRedirect(redirect);
        MailReader.Mail mail = MailReader.await(email, s -> s.contains(complaint.getNumber()));
        assertThat(mail.subject()).isEqualTo("Your complaint was received: " + complaint.getNumber());
        assertThat(mail.text()).doesNotContain("Yth.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void aComplaintFromTheOfficePageGetsANumberALinkAWorkingDayDeadlineAndAMail(String code) throws Exception {
        Office office = offices.findByCode(code).orElseThrow();
        Document officePage = Jsoup.parse(mvc.perform(get("/kantor/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(officePage.select("a#complain").attr("href")).isEqualTo("/kantor/" + code + "/pengaduan");

        Document form = Jsoup.parse(mvc.perform(get("/kantor/" + code + "/pengaduan")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.text()).contains(office.getName(), "paling lambat 5 hari kerja");
        String formKey = form.select("input[name=formKey]").val();
        assertThat(formKey).hasSize(36);

        String email = "pengadu." + code + "." + UUID.randomUUID() + "@contoh.id";
        String subject = unique("Surat jawaban belum diterima");
        String redirect = mvc.perform(complaintPost("/kantor/" + code + "/pengaduan", formKey, subject, email,
                        TestFiles.freshClient()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = byRedirect(redirect);

        int year = complaint.getReceivedAt().atZone(office.zone()).getYear();
        assertThat(complaint.getNumber()).matches("ADU/" + office.getReceiptPrefix() + "/" + year + "/\\d{4}");
        assertThat(complaint.getOfficeId()).isEqualTo(office.getId());
        assertThat(complaint.getSource()).isEqualTo(ComplaintSource.WEB);
        assertThat(complaint.getRequestId()).isNull();
        assertThat(complaint.getDueAt()).isEqualTo(DeadlineByHand.due(holidays, office, complaint.getReceivedAt(), 5));

        Document page = Jsoup.parse(mvc.perform(get(redirect)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#complaint-number").text()).isEqualTo(complaint.getNumber());
        assertThat(page.select("#status").text()).isEqualTo("Pengaduan Anda sudah kami terima.");
        assertThat(page.select("#due-at").text()).contains(
                SHOWN.format(complaint.getDueAt().atZone(office.zone())) + " " + office.getZoneAbbreviation(),
                "5 hari kerja sejak diterima");
        assertThat(page.text()).contains(subject);

        MailReader.Mail mail = MailReader.await(email, s -> s.contains(complaint.getNumber()));
        assertThat(mail.subject()).isEqualTo("Pengaduan Anda diterima: " + complaint.getNumber());
        assertThat(mail.text()).contains("Yth. Wa Ode Sitti Rahma,", complaint.getNumber(), subject,
                "/lacak/pengaduan/" + complaint.getTrackingToken(), office.getName(), office.getZoneAbbreviation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void aComplaintFromTheTrackingPageIsAboutThatRequest(String code) throws Exception {
        Receipt receipt = journeys.submit(code, "La Ode Rahman", "rahman." + UUID.randomUUID() + "@contoh.id");
        Document tracking = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String formUrl = "/lacak/" + receipt.trackingToken() + "/pengaduan";
        assertThat(tracking.select("a#complain").attr("href")).isEqualTo(formUrl);

        Document form = Jsoup.parse(mvc.perform(get(formUrl)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("#about-request").text()).contains(receipt.receiptNumber());
        assertThat(form.select("input[name=name]").val()).isEqualTo("La Ode Rahman");

        String subject = unique("Petugas tidak datang");
        String redirect = mvc.perform(complaintPost(formUrl, UUID.randomUUID().toString(), subject,
                        "rahman@contoh.id", TestFiles.freshClient()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = byRedirect(redirect);
        assertThat(complaint.getRequestId()).isEqualTo(receipt.requestId());
        assertThat(complaint.getRequestReceiptNumber()).isEqualTo(receipt.receiptNumber());
        assertThat(complaint.getOfficeId()).isEqualTo(offices.findByCode(code).orElseThrow().getId());
        assertThat(Jsoup.parse(mvc.perform(get(redirect)).andReturn().getResponse().getContentAsString()).text())
                .contains(receipt.receiptNumber());

        Document staffPage = Jsoup.parse(mvc.perform(get("/staf/pengaduan/" + complaint.getId())
                        .with(Staff.as(users, "sekretariat." + code))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(staffPage.select("#complainant").text()).contains("Wa Ode Sitti Rahma", "rahman@contoh.id",
                receipt.receiptNumber());
        assertThat(staffPage.select("#complainant a").attr("href")).isEqualTo("/staf/permohonan/" + receipt.requestId());
    }

    @Test
    void aDoubleSubmitFilesOneComplaint() throws Exception {
        String formKey = UUID.randomUUID().toString();
        String subject = unique("Dua kali klik");
        RequestPostProcessor client = TestFiles.freshClient();
        String first = mvc.perform(complaintPost("/kantor/buton/pengaduan", formKey, subject, "dua@contoh.id", client))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(complaintPost("/kantor/buton/pengaduan", formKey, subject, "dua@contoh.id", client))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        long buton = offices.findByCode("buton").orElseThrow().getId();
        assertThat(complaints.findAll().stream().filter(c -> c.getOfficeId() == buton && c.getSubject().equals(subject)))
                .hasSize(1);
    }

    @Test
    void whatIsMissingIsSaidBesideTheFieldAndTheRestIsKept() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/kantor/babel/pengaduan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", UUID.randomUUID().toString()).param("subject", "Antrean terlalu lama")
                        .param("phone", "123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#error-summary")).hasSize(1);
        assertThat(page.select("#description + .form-text + .invalid-feedback, #description ~ .invalid-feedback").text())
                .isEqualTo("Wajib diisi.");
        assertThat(page.select("#name-error").text()).isEqualTo("Tulis nama Anda, atau pilih agar identitas dirahasiakan.");
        assertThat(page.select("#phone-error").text()).startsWith("Nomor telepon tidak valid");
        assertThat(page.select("#subject").val()).isEqualTo("Antrean terlalu lama");
    }

    @Test
    void anAnonymousComplainantIsUnknownOnEveryStaffPageButStillGetsTheAnswer() throws Exception {
        Receipt receipt = journeys.submit("buton", "Andi Rahasia Sekali", "andi.rahasia@contoh.id");
        String email = "anonim." + UUID.randomUUID() + "@contoh.id";
        String subject = unique("Petugas bersikap kasar");
        String redirect = mvc.perform(post("/lacak/" + receipt.trackingToken() + "/pengaduan").with(csrf())
                        .with(TestFiles.freshClient()).param("formKey", UUID.randomUUID().toString())
                        .param("anonymous", "true").param("name", "Andi Rahasia Sekali").param("email", email)
                        .param("phone", "081299887766").param("subject", subject)
                        .param("description", "Saya dibentak ketika bertanya jadwal."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = byRedirect(redirect);
        assertThat(complaint.isAnonymous()).isTrue();
        assertThat(complaint.getRequestId()).isEqualTo(receipt.requestId());

        for (String who : new String[]{"sekretariat.buton", "admin.buton", "kadis.buton"}) {
            String list = mvc.perform(get("/staf/pengaduan").with(Staff.as(users, who))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String detail = mvc.perform(get("/staf/pengaduan/" + complaint.getId()).with(Staff.as(users, who)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).as(who).contains(subject, "Anonim");
            assertThat(detail).as(who).contains(subject, "Pengadu memilih identitasnya dirahasiakan");
            for (String page : new String[]{list, detail}) {
                assertThat(page).as(who).doesNotContain("Andi Rahasia", email, "081299887766", "+6281299887766",
                        receipt.receiptNumber(), "/staf/permohonan/" + receipt.requestId(),
                        complaint.getTrackingToken());
            }
        }

        // the complainant's own page still knows it all, and so does the mail to them
        assertThat(mvc.perform(get(redirect)).andReturn().getResponse().getContentAsString())
                .contains(receipt.receiptNumber(), "Dirahasiakan");
        MailReader.Mail mail = MailReader.await(email, s -> s.contains(complaint.getNumber()));
        assertThat(mail.text()).startsWith("Yth. Bapak/Ibu pengadu,").doesNotContain("Andi Rahasia");
        // and the office's outbox page does not show its officers the address
        String outbox = mvc.perform(get("/admin/surel").with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outbox).doesNotContain(email);
    }

    @Test
    void publicComplaintsShareTheSubmissionLimitOfAnAddress() throws Exception {
        RequestPostProcessor client = TestFiles.freshClient();
        for (int i = 0; i < 20; i++) {
            mvc.perform(complaintPost("/kantor/babel/pengaduan", UUID.randomUUID().toString(), unique("Banyak"),
                    "banyak@contoh.id", client)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(complaintPost("/kantor/babel/pengaduan", UUID.randomUUID().toString(), unique("Banyak"),
                "banyak@contoh.id", client)).andExpect(status().isTooManyRequests());
    }

    @Test
    void anUnknownOfficeOrLinkIsA404() throws Exception {
        mvc.perform(get("/kantor/tidak-ada/pengaduan")).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/pengaduan/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/" + "x".repeat(43) + "/pengaduan")).andExpect(status().isNotFound());
    }
}
