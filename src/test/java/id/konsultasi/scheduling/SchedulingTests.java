package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.konsultasi.account.StaffUser;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appointments: the answer letter and invitation, no double booking, reschedules, cancellations, deadlines. */
@IntegrationTest
class SchedulingTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    RequestService requestService;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    JdbcTemplate jdbc;

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    PlanInput inPerson(String office, int day, LocalTime at, MeetingRoom room, StaffUser... officers) {
        return new PlanInput(fixtures.workingDay(office, day), at, 60, ConsultationMode.IN_PERSON, room.getId(), null,
                null, fixtures.ids(officers), officers[0].getId(), "KTP asli dan berkas pendukung", "uji: melewati batas");
    }

    static VEvent event(byte[] ics) {
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertThat(calendar).as("a valid iCalendar").isNotNull();
        return calendar.getEvents().get(0);
    }

    @Test
    void anInPersonAppointmentSendsTheAnswerLetterAndAValidInvitation() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        String mail = email("jadwal");
        ConsultationRequest r = fixtures.assigned("buton", mail, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(),
                inPerson("buton", 1, LocalTime.of(10, 0), room, officer));

        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(a.getLetterNumber()).matches("\\d{4}/SJ/BTN/\\d{4}");
        MimeMessage message = Mailbox.awaitSubject(mail, "Surat jawaban");
        assertThat(Mailbox.subject(message)).isEqualTo("Surat jawaban permohonan konsultasi " + r.getReceiptNumber());
        assertThat(Mailbox.text(message, "text/plain")).contains("Tatap muka", "10.00 - 11.00",
                "Waktu Indonesia Tengah (WITA)", room.getName(), officer.getFullName());
        String letter = Pdfs.text(Mailbox.attachment(message, "application/pdf"));
        assertThat(letter).contains(a.getLetterNumber(), r.getReceiptNumber(), "Waktu Indonesia Tengah (WITA)",
                room.getName(), officer.getFullName(), "KTP asli dan berkas pendukung", "Dinas Sosial Kabupaten Buton",
                "Drs. La Ode Muhammad Arifin");
        VEvent event = event(Mailbox.attachment(message, "text/calendar"));
        assertThat(event.getUid().getValue()).isEqualTo(a.getIcsUid());
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(a.getStartAt());
        assertThat(event.getLocation().getValue()).contains(room.getName());
    }

    @Test
    void everyInvitationHasAnOrganizerAndSaysWhereEvenForAnOfficeWithoutEmail() throws Exception {
        // Bangka Belitung keeps no e-mail address: the application's sender organizes its events
        StaffUser officer = fixtures.officer("babel");
        MeetingRoom room = fixtures.room("babel");
        String inPersonMail = email("organizer");
        ConsultationRequest inPerson = fixtures.assigned("babel", inPersonMail, officer);
        scheduling.schedule(fixtures.principal(officer), inPerson.getId(), inPerson("babel", 1, LocalTime.of(9, 0), room, officer));
        VEvent visit = event(Mailbox.attachment(Mailbox.awaitSubject(inPersonMail, "Surat jawaban"), "text/calendar"));
        assertThat(visit.getOrganizer()).as("RFC 5546: a REQUEST names its organizer").isNotNull();
        assertThat(visit.getOrganizer().getEmail()).isEqualTo("noreply@konsultasi.local");
        assertThat(visit.getOrganizer().getCommonName()).isEqualTo(fixtures.office("babel").getName());
        assertThat(visit.getLocation().getValue()).contains(room.getName(), "Air Itam, Pangkalpinang 33413");

        String onlineMail = email("daring");
        ConsultationRequest online = fixtures.assigned("babel", onlineMail, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), online.getId(), new PlanInput(
                fixtures.workingDay("babel", 1), LocalTime.of(13, 0), 30, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/babel-daring", null, fixtures.ids(officer), officer.getId(), null, null));
        VEvent call = event(Mailbox.attachment(Mailbox.awaitSubject(onlineMail, "Surat jawaban"), "text/calendar"));
        assertThat(call.getOrganizer().getEmail()).isEqualTo("noreply@konsultasi.local");
        assertThat(call.getLocation().getValue()).isEqualTo("https://meet.contoh.id/babel-daring");

        scheduling.cancel(fixtures.principal(officer), a.getId(), a.getVersion(), "Petugas sakit");
        VEvent cancelled = event(Mailbox.attachment(Mailbox.awaitSubject(onlineMail, "Pembatalan jadwal"), "text/calendar"));
        assertThat(cancelled.getOrganizer()).as("RFC 5546: a CANCEL names its organizer too").isNotNull();

        // Buton has an address of its own
        String butonMail = email("buton-organizer");
        StaffUser butonOfficer = fixtures.officer("buton");
        ConsultationRequest buton = fixtures.assigned("buton", butonMail, butonOfficer);
        scheduling.schedule(fixtures.principal(butonOfficer), buton.getId(),
                inPerson("buton", 1, LocalTime.of(9, 0), fixtures.room("buton"), butonOfficer));
        VEvent butonVisit = event(Mailbox.attachment(Mailbox.awaitSubject(butonMail, "Surat jawaban"), "text/calendar"));
        assertThat(butonVisit.getOrganizer().getEmail()).isEqualTo("dinassosialbuton@gmail.com");
    }

    @Test
    void anOnlineLetterSaysHowToJoinAndEveryLetterWritesTheModeInLowerCaseInsideASentence() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        String onlineMail = email("daring");
        ConsultationRequest online = fixtures.assigned("buton", onlineMail, officer);
        scheduling.schedule(fixtures.principal(officer), online.getId(), new PlanInput(fixtures.workingDay("buton", 1),
                LocalTime.of(10, 0), 60, ConsultationMode.ONLINE, null, "https://meet.contoh.id/buton-daring",
                "Kode rapat 4321", fixtures.ids(officer), officer.getId(), null, null));
        MimeMessage answer = Mailbox.awaitSubject(onlineMail, "Surat jawaban");
        String letter = Pdfs.text(Mailbox.attachment(answer, "application/pdf"));
        assertThat(letter).contains("secara daring", "https://meet.contoh.id/buton-daring", "Kode rapat 4321",
                "bergabung").doesNotContain("petugas piket", "secara Daring", "tatap muka");
        assertThat(Mailbox.text(answer, "text/plain")).contains("Bergabunglah melalui tautan")
                .doesNotContain("petugas piket");
        assertThat(Mailbox.text(answer, "text/html")).contains("Bergabunglah melalui tautan")
                .doesNotContain("petugas piket");

        String inPersonMail = email("tatap-muka");
        ConsultationRequest inPerson = fixtures.assigned("buton", inPersonMail, officer);
        scheduling.schedule(fixtures.principal(officer), inPerson.getId(),
                inPerson("buton", 2, LocalTime.of(10, 0), fixtures.room("buton"), officer));
        MimeMessage visit = Mailbox.awaitSubject(inPersonMail, "Surat jawaban");
        assertThat(Pdfs.text(Mailbox.attachment(visit, "application/pdf"))).contains("secara tatap muka", "petugas piket")
                .doesNotContain("secara Tatap muka", "bergabung");
        assertThat(Mailbox.text(visit, "text/plain")).contains("petugas piket").doesNotContain("Bergabunglah");
    }

    @Test
    void noOfficerAndNoRoomIsBookedTwiceAndTheMessageSaysWhatCollides() {
        StaffUser officer = fixtures.officer("buton");
        StaffUser other = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        ConsultationRequest first = fixtures.assigned("buton", email("satu"), officer);
        ConsultationRequest second = fixtures.assigned("buton", email("dua"), officer);
        ConsultationRequest third = fixtures.assigned("buton", email("tiga"), other);
        scheduling.schedule(fixtures.principal(officer), first.getId(), inPerson("buton", 2, LocalTime.of(9, 0), room, officer));

        MeetingRoom otherRoom = fixtures.room("buton");
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(officer), second.getId(),
                inPerson("buton", 2, LocalTime.of(9, 30), otherRoom, officer)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("officerIds");
                    assertThat(e.messageKey()).isEqualTo("schedule.collision.officer");
                    assertThat(e.arguments()[0].toString()).contains("09:00-10:00 WITA");
                });
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(other), third.getId(),
                inPerson("buton", 2, LocalTime.of(9, 45), room, other)))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("roomId"));
        assertThat(requests.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        // right after the first one ends is fine
        scheduling.schedule(fixtures.principal(officer), second.getId(), inPerson("buton", 2, LocalTime.of(10, 0), otherRoom, officer));
    }

    @Test
    void theDatabaseItselfRefusesADoubleBooking() {
        StaffUser officer = fixtures.officer("babel");
        MeetingRoom room = fixtures.room("babel");
        ConsultationRequest r = fixtures.assigned("babel", email("db"), officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), inPerson("babel", 3, LocalTime.of(13, 0), room, officer));
        ConsultationRequest other = fixtures.assigned("babel", email("db2"), officer);
        // bypass every check in the application: insert an overlapping appointment for the same officer
        assertThatThrownBy(() -> {
            Long id = jdbc.queryForObject("""
                    insert into appointment (office_id, request_id, status, start_at, end_at, mode, meeting_link,
                        contact_person_id, ics_uid, created_at)
                    values (?, ?, 'ACTIVE', ?, ?, 'ONLINE', 'https://meet.contoh.id/x', ?, ?, now()) returning id""",
                    Long.class, a.getOfficeId(), other.getId(), java.sql.Timestamp.from(a.getStartAt().plusSeconds(600)),
                    java.sql.Timestamp.from(a.getEndAt().plusSeconds(600)), officer.getId(), UUID.randomUUID().toString());
            jdbc.update("insert into appointment_officer (appointment_id, officer_id) values (?, ?)", id, officer.getId());
        }).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into appointment (office_id, request_id, status, start_at, end_at, mode, room_id,
                    contact_person_id, ics_uid, created_at)
                values (?, ?, 'ACTIVE', ?, ?, 'IN_PERSON', ?, ?, ?, now())""",
                a.getOfficeId(), other.getId(), java.sql.Timestamp.from(a.getStartAt()),
                java.sql.Timestamp.from(a.getEndAt()), room.getId(), officer.getId(), UUID.randomUUID().toString()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRescheduleUpdatesTheSameEventAndACancellationCancelsIt() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        String mail = email("ubah");
        ConsultationRequest r = fixtures.assigned("babel", mail, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("babel", 2), LocalTime.of(14, 0), 45, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/abc-defg", "Kode rapat 1234", fixtures.ids(officer), officer.getId(), null, null));
        Mailbox.awaitSubject(mail, "Surat jawaban");

        Appointment moved = scheduling.reschedule(fixtures.principal(officer), a.getId(), a.getVersion(), new PlanInput(
                fixtures.workingDay("babel", 3), LocalTime.of(9, 0), 45, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/abc-defg", "Kode rapat 1234", fixtures.ids(officer), officer.getId(), null,
                "uji: di luar batas"), "Petugas mengikuti rapat mendadak");
        MimeMessage update = Mailbox.awaitSubject(mail, "Perubahan jadwal");
        assertThat(Mailbox.subject(update)).isEqualTo("Perubahan jadwal konsultasi " + r.getReceiptNumber());
        assertThat(Mailbox.text(update, "text/plain")).contains("Petugas mengikuti rapat mendadak", "09.00 - 09.45",
                "Waktu Indonesia Barat (WIB)", "https://meet.contoh.id/abc-defg");
        VEvent updated = event(Mailbox.attachment(update, "text/calendar"));
        assertThat(updated.getUid().getValue()).isEqualTo(a.getIcsUid());
        assertThat(updated.getSequence().getValue()).isEqualTo(1);
        assertThat(updated.getDateStart().getValue().toInstant()).isEqualTo(moved.getStartAt());
        assertThat(requests.findWholeById(r.getId()).orElseThrow().getHistory())
                .filteredOn(h -> h.getToStatus() == RequestStatus.SCHEDULED).hasSize(2);

        scheduling.cancel(fixtures.principal(officer), a.getId(), moved.getVersion(), "Kantor ditutup karena banjir");
        MimeMessage cancel = Mailbox.awaitSubject(mail, "Pembatalan jadwal");
        assertThat(Mailbox.text(cancel, "text/plain")).contains("Kantor ditutup karena banjir");
        String ics = new String(Mailbox.attachment(cancel, "text/calendar"), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", a.getIcsUid());
        assertThat(event(ics.getBytes(StandardCharsets.UTF_8)).getSequence().getValue()).isEqualTo(2);
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void anApplicantsCancellationCancelsTheAppointmentAndItsEvent() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        String mail = email("batal");
        ConsultationRequest r = fixtures.assigned("buton", mail, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), inPerson("buton", 4, LocalTime.of(13, 0),
                fixtures.room("buton"), officer));
        Mailbox.awaitSubject(mail, "Surat jawaban");
        requestService.cancelByApplicant(r.getTrackingToken(), "Sudah terjawab lewat telepon");
        MimeMessage cancel = Mailbox.awaitSubject(mail, "Pembatalan jadwal");
        assertThat(Mailbox.text(cancel, "text/plain")).contains("Sesuai permintaan Anda");
        assertThat(new String(Mailbox.attachment(cancel, "text/calendar"), StandardCharsets.UTF_8))
                .contains("METHOD:CANCEL", a.getIcsUid());
        assertThat(scheduling.activeFor(r.getId())).isEmpty();
    }

    @Test
    void beyondTheStandardsDeadlineOnlyWithAReasonAndOnlyInWorkingHoursOfAWorkingDay() {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        ConsultationRequest r = fixtures.assigned("buton", email("telat"), officer);
        PlanInput late = new PlanInput(fixtures.workingDay("buton", 6), LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON,
                room.getId(), null, null, fixtures.ids(officer), officer.getId(), null, null);
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(officer), r.getId(), late))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("lateReason"));
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("buton", 1), LocalTime.of(15, 30), 60, ConsultationMode.IN_PERSON, room.getId(), null,
                null, fixtures.ids(officer), officer.getId(), null, null)))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.messageKey()).isEqualTo("schedule.outsideHours"));
        var saturday = fixtures.workingDay("buton", 1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(saturday,
                LocalTime.of(10, 0), 60, ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer),
                officer.getId(), null, "alasan")))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.messageKey()).isEqualTo("schedule.notWorkingDay"));

        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(late.date(), late.start(),
                60, ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer), officer.getId(), null,
                "Pemohon meminta waktu setelah pulang dinas luar"));
        assertThat(a.getLateReason()).isEqualTo("Pemohon meminta waktu setelah pulang dinas luar");
    }

    @Test
    void onlyTheRequestsOfficersScheduleIt() {
        StaffUser officer = fixtures.officer("buton");
        StaffUser stranger = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", email("bukan"), officer);
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(stranger), r.getId(),
                inPerson("buton", 1, LocalTime.of(8, 0), fixtures.room("buton"), officer)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        StaffUser babelOfficer = fixtures.officer("babel");
        assertThatThrownBy(() -> scheduling.schedule(fixtures.principal(babelOfficer), r.getId(),
                inPerson("buton", 1, LocalTime.of(8, 0), fixtures.room("buton"), officer)))
                .isInstanceOf(id.konsultasi.shared.NotFoundException.class);
        assertThat(Set.of(requests.findById(r.getId()).orElseThrow().getStatus())).containsExactly(RequestStatus.ASSIGNED);
    }
}
