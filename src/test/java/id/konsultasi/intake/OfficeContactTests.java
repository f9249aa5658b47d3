package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.feedback.ComplaintReceipt;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An office without an e-mail address (Bangka Belitung) or without a phone names only the contacts it has,
 * on the tracking page, in its mails and letters: never "e-mail -".
 */
@IntegrationTest
class OfficeContactTests {

    static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "uji", "uji", null, null, EnumSet.of(Role.SYSTEM_ADMIN));

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RequestService requestService;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DispositionService dispositions;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ComplaintService complaints;
    @Autowired
    Fixtures fixtures;

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    /** An office like Buton with the given phone and e-mail, typed blank where it has none. */
    Office office(String phone, String email) {
        Office buton = fixtures.office("buton");
        OfficeProfile p = buton.profile();
        String code = "kontak-" + UUID.randomUUID().toString().substring(0, 8);
        return administration.createOffice(code, new OfficeProfile("Dinas Uji " + code, p.government(), p.address(),
                phone, email, p.website(), p.timeZone(), p.workStart(), p.workEnd(), "KTK"),
                directory.standard(buton.getId()));
    }

    Receipt submit(long officeId, String email) {
        return requestService.submit(officeId, new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Wa Ode Kontak", null, null, null, "+6281234567890",
                        email, null), "Pendampingan keluarga", "Konsultasi", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static String plain(MimeMessage mail) throws Exception {
        return Mailbox.text(mail, "text/plain");
    }

    static String html(MimeMessage mail) throws Exception {
        return Jsoup.parse(Mailbox.text(mail, "text/html")).text();
    }

    @Test
    void anOfficeWithABlankEmailOrABlankPhoneNamesOnlyTheContactItHas() throws Exception {
        Office noEmail = office("0402 2811", "  ");
        String applicant = email("tanpa-surel");
        Receipt receipt = submit(noEmail.getId(), applicant);
        Document tracking = page("/lacak/" + receipt.trackingToken());
        assertThat(tracking.text()).doesNotContain("e-mail -", "e-mail .");
        assertThat(tracking.select("#office-contact").text()).isEqualTo("Pertanyaan? Hubungi kantor: telepon 0402 2811.");
        MimeMessage mail = Mailbox.awaitSubject(applicant, "Tanda terima");
        assertThat(plain(mail)).contains("telepon 0402 2811").doesNotContain("e-mail -");
        assertThat(html(mail)).contains("telepon 0402 2811").doesNotContain("e-mail -");

        Office noPhone = office(" ", "dinsos.uji@contoh.id");
        String other = email("tanpa-telepon");
        Receipt second = submit(noPhone.getId(), other);
        tracking = page("/lacak/" + second.trackingToken());
        assertThat(tracking.text()).doesNotContain("telepon -");
        assertThat(tracking.select("#office-contact").text())
                .isEqualTo("Pertanyaan? Hubungi kantor: e-mail dinsos.uji@contoh.id.");
        MimeMessage secondMail = Mailbox.awaitSubject(other, "Tanda terima");
        assertThat(plain(secondMail)).contains("e-mail dinsos.uji@contoh.id").doesNotContain("Telepon -", "telepon -");
        assertThat(Pdfs.text(Mailbox.attachment(secondMail, "application/pdf"))).doesNotContain("Telp.");

        // the answer letter of an office and a contact person without a phone: no empty brackets
        StaffUser officer = users.create(SYSTEM, noPhone.getId(), "petugas-" + noPhone.getCode(), "sandi-uji-panjang",
                new StaffUser.Profile("Petugas Tanpa Telepon", "Pekerja Sosial", null, null, null, null),
                EnumSet.of(Role.PETUGAS));
        String third = email("jawaban-tanpa-telepon");
        ConsultationRequest assigned = fixtures.assigned(noPhone.getCode(), third, officer);
        scheduling.schedule(officer.toPrincipal(), assigned.getId(), new PlanInput(
                fixtures.workingDay(noPhone.getCode(), 1), LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON,
                fixtures.room(noPhone.getCode()).getId(), null, null, Set.of(officer.getId()), officer.getId(), null, null));
        MimeMessage answer = Mailbox.awaitSubject(third, "Surat jawaban");
        assertThat(Pdfs.text(Mailbox.attachment(answer, "application/pdf")))
                .contains("menghubungi Petugas Tanpa Telepon.").doesNotContain("()", "Telp.");
        assertThat(plain(answer)).contains("e-mail dinsos.uji@contoh.id").doesNotContain("telepon -", "Telepon -");

        Office neither = office("", "");
        tracking = page("/lacak/" + submit(neither.getId(), email("tanpa-kontak")).trackingToken());
        assertThat(tracking.select("#office-contact")).isEmpty();
        assertThat(tracking.text()).doesNotContain("e-mail -", "telepon -");
    }

    @Test
    void bangkaBelitungWithoutEmailLeavesItOutOfTheRefusalTheTrackingPageAndTheComplaintPage() throws Exception {
        long babel = fixtures.office("babel").getId();
        String applicant = email("tolak-babel");
        Receipt receipt = submit(babel, applicant);
        Document tracking = page("/lacak/" + receipt.trackingToken());
        assertThat(tracking.text()).doesNotContain("e-mail -");
        assertThat(tracking.select("#office-contact").text()).isEqualTo("Pertanyaan? Hubungi kantor: telepon 0717439080.");

        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        requestService.register(Staff.principal(userDetails, "sekretariat.babel"), r.getId(), r.getVersion());
        r = requests.findById(receipt.requestId()).orElseThrow();
        dispositions.decide(Staff.principal(userDetails, "kadis.babel"), r.getId(), new DispositionService.Decision(
                r.getVersion(), UUID.randomUUID().toString(), DispositionDecision.REFUSED, "Di luar kewenangan provinsi",
                null, null, null, List.of(), Urgency.ROUTINE, Set.of(), null));
        MimeMessage refusal = Mailbox.awaitSubject(applicant, "Jawaban atas permohonan");
        assertThat(plain(refusal)).contains("telepon 0717439080").doesNotContain("e-mail -");
        assertThat(html(refusal)).contains("telepon 0717439080").doesNotContain("e-mail -");
        MimeMessage receiptMail = Mailbox.awaitSubject(applicant, "Tanda terima");
        assertThat(plain(receiptMail)).doesNotContain("e-mail -");

        ComplaintReceipt complaint = complaints.file(babel, new NewComplaint(ComplaintSource.WEB,
                UUID.randomUUID().toString(), null, false, "Wa Ode Kontak", email("adu"), null, "Pelayanan lambat",
                "Belum ada jawaban", null, null, null));
        Document complaintPage = page("/lacak/pengaduan/" + complaint.trackingToken());
        assertThat(complaintPage.text()).contains("telepon 0717439080").doesNotContain("e-mail -");
    }
}
