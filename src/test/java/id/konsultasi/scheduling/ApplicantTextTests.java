package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.konsultasi.account.StaffUser;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestDesk;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an applicant types may hold quotes, commas, semicolons, backslashes, line breaks and emoji. Every
 * letter, mail and calendar file of the whole flow carries it unharmed: the receipt, the answer letter with
 * its PDF and invitation, the invitation on the tracking page, the desk's "visitor arrived" mail, the refusal.
 */
@IntegrationTest
class ApplicantTextTests {

    static final String NAME = "Andi \"Ucok\" Siregar, S.Sos; \\ ✓ 😀";
    static final String TOPIC = "Bantuan \"PKH\", lansia; C:\\data ✓ 😀";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RequestService requestService;
    @Autowired
    RequestDesk requestDesk;
    @Autowired
    DispositionService dispositions;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    Receipt submit(String email) {
        return requestService.submit(fixtures.office("buton").getId(), new NewRequest(Channel.ONLINE,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON, NAME, null, null, null,
                "+6281234567890", email, "Jl. \"Mawar\" No. 5; RT 01\\RW 02"), TOPIC,
                "Baris pertama, \"kutipan\";\nbaris kedua \\ ✓ 😀", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
    }

    void register(long requestId) {
        ConsultationRequest r = requests.findById(requestId).orElseThrow();
        requestService.register(Staff.principal(users, "sekretariat.buton"), requestId, r.getVersion());
    }

    void decide(long requestId, DispositionDecision decision, String reason, StaffUser officer) {
        ConsultationRequest r = requests.findById(requestId).orElseThrow();
        dispositions.decide(Staff.principal(users, "kadis.buton"), requestId, new DispositionService.Decision(
                r.getVersion(), UUID.randomUUID().toString(), decision, reason, ConsultationMode.IN_PERSON, null,
                officer == null ? null : officer.getId(), List.of(), Urgency.ROUTINE, Set.of(), null));
    }

    /** The plain text as read, its line ends as typed (mail travels with CRLF). */
    static String plain(MimeMessage message) throws Exception {
        return Mailbox.text(message, "text/plain").replace("\r\n", "\n");
    }

    static ICalendar calendar(byte[] ics) {
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertThat(calendar).as("a readable iCalendar").isNotNull();
        return calendar;
    }

    static void theInvitationCarriesTheText(byte[] ics, String receiptNumber, String whatToBring) {
        VEvent event = calendar(ics).getEvents().get(0);
        assertThat(event.getAttendees()).singleElement().satisfies(a -> assertThat(a.getCommonName()).isEqualTo(NAME));
        assertThat(event.getSummary().getValue()).contains(receiptNumber);
        assertThat(event.getDescription().getValue()).contains(TOPIC, whatToBring);
        assertThat(event.getOrganizer()).as("RFC 5546: a REQUEST has an organizer").isNotNull();
    }

    @Test
    void quotesCommasBackslashesLineBreaksAndEmojiSurviveEveryLetterMailAndCalendarFile() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        String email = email("ucok");
        Receipt receipt = submit(email);

        MimeMessage receiptMail = Mailbox.awaitSubject(email, "Tanda terima");
        assertThat(plain(receiptMail)).contains(NAME, TOPIC);
        assertThat(Mailbox.text(receiptMail, "text/html")).contains("Andi &quot;Ucok&quot; Siregar");
        assertThat(Pdfs.text(Mailbox.attachment(receiptMail, "application/pdf"))).contains(NAME, TOPIC);

        register(receipt.requestId());
        decide(receipt.requestId(), DispositionDecision.ACCEPTED, null, officer);
        String whatToBring = "KTP asli; \"surat\" RT\\RW,\nfotokopi KK ✓ 😀";
        Appointment appointment = scheduling.schedule(fixtures.principal(officer), receipt.requestId(), new PlanInput(
                fixtures.workingDay("buton", 1), LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON, room.getId(), null,
                null, fixtures.ids(officer), officer.getId(), whatToBring, "uji: teks istimewa"));

        MimeMessage answer = Mailbox.awaitSubject(email, "Surat jawaban");
        assertThat(plain(answer)).contains(NAME, whatToBring);
        String letter = Pdfs.text(Mailbox.attachment(answer, "application/pdf"));
        assertThat(letter).contains(NAME, TOPIC, appointment.getLetterNumber(), "KTP asli; \"surat\" RT\\RW,");
        assertThat(Mailbox.attachmentName(answer, "application/pdf")).isEqualTo(
                "surat-jawaban-" + appointment.getLetterNumber().replace('/', '-') + ".pdf");
        theInvitationCarriesTheText(Mailbox.attachment(answer, "text/calendar"), receipt.receiptNumber(), whatToBring);

        byte[] tracked = mvc.perform(get("/lacak/" + receipt.trackingToken() + "/jadwal.ics"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        theInvitationCarriesTheText(tracked, receipt.receiptNumber(), whatToBring);
        assertThat(new String(tracked, StandardCharsets.UTF_8)).as("RFC 6868 caret encoding of the quotes")
                .contains("CN=\"Andi ^'Ucok^' Siregar, S.Sos; \\ ✓ 😀\"");
        byte[] trackedLetter = mvc.perform(get("/lacak/" + receipt.trackingToken() + "/surat-jawaban.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(trackedLetter)).contains(NAME);

        requestDesk.checkIn(Staff.principal(users, "piket.buton"), receipt.requestId(), "Pemohon tiba di meja piket");
        MimeMessage arrived = Mailbox.awaitSubject(officer.getEmail(), "Pemohon sudah datang");
        assertThat(Mailbox.subject(arrived)).isEqualTo("Pemohon sudah datang: " + NAME);
        assertThat(plain(arrived)).contains(NAME);

        String refusedEmail = email("ucok-tolak");
        Receipt refused = submit(refusedEmail);
        register(refused.requestId());
        String reason = "Di luar kewenangan; \"hibah\" diurus Bagian Kesra,\nlihat C:\\panduan ✓ 😀";
        decide(refused.requestId(), DispositionDecision.REFUSED, reason, null);
        MimeMessage refusal = Mailbox.awaitSubject(refusedEmail, "Jawaban atas permohonan");
        assertThat(plain(refusal)).contains(NAME, reason);
        assertThat(Pdfs.text(Mailbox.attachment(refusal, "application/pdf"))).contains(NAME,
                "Di luar kewenangan; \"hibah\" diurus Bagian Kesra, lihat C:\\panduan ✓ 😀");
    }
}
