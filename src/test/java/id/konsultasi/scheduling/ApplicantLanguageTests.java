package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An applicant who wrote in English reads English: the receipt mail and its PDF, the cover notes of the answer letter
 * and of the refusal, with every date in English in the office's time zone. The official letters themselves stay
 * Indonesian, and the cover note says so.
 */
@IntegrationTest
class ApplicantLanguageTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestService requestService;
    @Autowired
    DispositionService dispositions;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    MockMvc mvc;
    @Autowired
    RequestJourneys journeys;

    Receipt submitInEnglish(String email) {
        return requestService.submit(fixtures.office("buton").getId(), new NewRequest(Channel.ONLINE,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON, "Jane Doe", null, null,
                null, "+6281234567890", email, null), "Social assistance for the elderly", "Learn the procedure",
                ConsultationMode.IN_PERSON, null, false, true).inLanguage("en"), List.of(), Actor.applicant());
    }

    void registerAndDecide(long requestId, DispositionDecision decision, String reason, StaffUser officer) {
        ConsultationRequest r = requests.findById(requestId).orElseThrow();
        requestService.register(Staff.principal(users, "sekretariat.buton"), requestId, r.getVersion());
        r = requests.findById(requestId).orElseThrow();
        dispositions.decide(Staff.principal(users, "kadis.buton"), requestId, new DispositionService.Decision(
                r.getVersion(), UUID.randomUUID().toString(), decision, reason, ConsultationMode.IN_PERSON, null,
                officer == null ? null : officer.getId(), List.of(), Urgency.ROUTINE, Set.of(), null));
    }

    @Test
    void theReceiptMailAndItsPdfAreEnglishWithEnglishDates() throws Exception {
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 11, 11, 10, 0), fixtures.office("buton").zone());
        String email = ApplicantTextTests.email("jane");
        Receipt receipt = submitInEnglish(email);

        MimeMessage mail = Mailbox.awaitSubject(email, "Receipt of consultation request");
        assertThat(Mailbox.subject(mail)).isEqualTo("Receipt of consultation request " + receipt.receiptNumber());
        String text = ApplicantTextTests.plain(mail);
        assertThat(text).contains("Dear Jane Doe,",
                "We received your consultation request with receipt number " + receipt.receiptNumber()
                        + " on Wednesday, 11 November 2026 at 10:00 WITA.",
                "We send the answer letter at the latest on Thursday, 12 November 2026 at",
                "This e-mail was sent automatically", "/lacak/" + receipt.trackingToken());
        assertThat(text).doesNotContain("Yth.", "Rabu", "pukul", "Tanda terima");
        assertThat(Mailbox.text(mail, "text/html")).contains("lang=\"en\"", "Wednesday, 11 November 2026 at 10:00 WITA");

        String pdf = Pdfs.text(Mailbox.attachment(mail, "application/pdf"));
        assertThat(pdf).contains("Receipt of a Consultation Request", receipt.receiptNumber(), "Received at",
                "Wednesday, 11 November 2026 at 10:00 WITA", "This service is free of charge.");
        assertThat(pdf).doesNotContain("Tanda Terima", "Rabu");

        byte[] tracked = mvc.perform(get("/lacak/" + receipt.trackingToken() + "/tanda-terima.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(tracked)).as("the receipt downloaded from the tracking page, whatever the browser says")
                .contains("Receipt of a Consultation Request").doesNotContain("Tanda Terima");
    }

    @Test
    void theAnswerLetterMailIsAnEnglishCoverNoteAndTheLetterStaysIndonesian() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        String email = ApplicantTextTests.email("john");
        Receipt receipt = submitInEnglish(email);
        registerAndDecide(receipt.requestId(), DispositionDecision.ACCEPTED, null, officer);
        LocalDate day = fixtures.workingDay("buton", 1);
        scheduling.schedule(fixtures.principal(officer), receipt.requestId(), new PlanInput(day, LocalTime.of(10, 0), 60,
                ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer), officer.getId(),
                "Passport", null));

        MimeMessage answer = Mailbox.awaitSubject(email, "Answer letter for consultation request");
        String text = ApplicantTextTests.plain(answer);
        String englishDay = day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
                java.util.Locale.ENGLISH));
        assertThat(text).contains("Dear Jane Doe,", "We can serve your consultation request", "Mode: In person",
                "Day, date: " + englishDay, "Time: 10:00 - 11:00 Central Indonesia Time (WITA)",
                "The attached letter is the official letter of the office, written in Indonesian.",
                "report to the duty desk");
        assertThat(text).doesNotContain("Yth.", "pukul", "Tatap muka");

        String letter = Pdfs.text(Mailbox.attachment(answer, "application/pdf"));
        assertThat(letter).as("the official letter stays Indonesian").contains("Menindaklanjuti permohonan konsultasi",
                "Waktu Indonesia Tengah (WITA)").doesNotContain("Dear", englishDay);
    }

    @Test
    void theRefusalMailIsAnEnglishCoverNoteAndTheLetterStaysIndonesian() throws Exception {
        String email = ApplicantTextTests.email("jim");
        Receipt receipt = submitInEnglish(email);
        registerAndDecide(receipt.requestId(), DispositionDecision.REFUSED, "Di luar kewenangan dinas", null);

        MimeMessage refusal = Mailbox.awaitSubject(email, "Answer to your consultation request");
        String text = ApplicantTextTests.plain(refusal);
        assertThat(text).contains("Dear Jane Doe,", "we regret to inform you", "Di luar kewenangan dinas",
                "The attached letter is the official letter of the office, written in Indonesian.");
        assertThat(text).doesNotContain("Yth.", "dengan hormat");
        assertThat(Pdfs.text(Mailbox.attachment(refusal, "application/pdf"))).as("the official letter stays Indonesian")
                .contains("Menindaklanjuti permohonan konsultasi", "Di luar kewenangan dinas").doesNotContain("Dear");
    }

    @Test
    void theSurveyInvitationIsEnglish() throws Exception {
        String email = ApplicantTextTests.email("joan");
        Receipt receipt = journeys.closed("babel", "Joan Smith", email, "en");

        MimeMessage invitation = Mailbox.awaitSubject(email, "Satisfaction survey");
        assertThat(Mailbox.subject(invitation)).isEqualTo("Satisfaction survey for consultation " + receipt.receiptNumber());
        assertThat(ApplicantTextTests.plain(invitation)).contains("Dear Joan Smith,", "Thank you for using our service",
                "/lacak/" + receipt.trackingToken() + "/survei").doesNotContain("Yth.");
    }
}
