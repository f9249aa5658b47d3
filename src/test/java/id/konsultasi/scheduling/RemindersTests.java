package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import id.konsultasi.account.StaffUser;
import id.konsultasi.notification.OutboxSender;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder the working day before goes out exactly once, however often and wherever the job runs. */
@IntegrationTest
class RemindersTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    Reminders reminders;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchedulingSettings settings;

    /** Moves an appointment to start soon, scheduled long ago: its reminder moment has passed. */
    void makeReminderDue(Appointment a) {
        Instant start = Instant.now().plusSeconds(3 * 3600);
        jdbc.update("update appointment set start_at = ?, end_at = ?, letter_issued_at = ? where id = ?",
                Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)),
                Timestamp.from(Instant.now().minusSeconds(7 * 86_400)), a.getId());
    }

    @Test
    void theReminderGoesOutOnceEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        String mail = "ingat." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest r = fixtures.assigned("buton", mail, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("buton", 5), LocalTime.of(11, 0), 60, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/ingat", null, fixtures.ids(officer), officer.getId(), null, "uji"));
        Mailbox.awaitSubject(mail, "Surat jawaban");

        reminders.sendApplicantReminders();
        sender.sendDue();
        Thread.sleep(500);
        assertThat(Mailbox.withSubject(mail, "Pengingat")).as("not yet: the moment has not come").isEmpty();

        makeReminderDue(a);
        CompletableFuture<Void> one = CompletableFuture.runAsync(reminders::sendApplicantReminders);
        CompletableFuture<Void> two = CompletableFuture.runAsync(reminders::sendApplicantReminders);
        CompletableFuture.allOf(one, two).join();
        reminders.sendApplicantReminders();

        var reminder = Mailbox.awaitSubject(mail, "Pengingat");
        assertThat(Mailbox.subject(reminder)).isEqualTo("Pengingat: konsultasi " + r.getReceiptNumber() + " besok");
        assertThat(Mailbox.text(reminder, "text/plain")).contains("https://meet.contoh.id/ingat");
        Thread.sleep(6000);
        assertThat(Mailbox.withSubject(mail, "Pengingat")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where kind = 'REMINDER' and request_id = ?",
                Integer.class, r.getId())).isEqualTo(1);
    }

    @Test
    void eachOfficerGetsTheDaysAgendaOnce() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        ConsultationRequest r = fixtures.assigned("babel", "agenda." + UUID.randomUUID().toString().substring(0, 8)
                + "@contoh.id", officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("babel", 5), LocalTime.of(10, 0), 30, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/agenda", null, fixtures.ids(officer), officer.getId(), null, "uji"));
        // the appointment is today in the office's zone (whatever the hour, even just before midnight),
        // and the office's agenda hour has passed
        var zone = fixtures.office("babel").zone();
        Instant now = Instant.now();
        Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Instant start = midnight.plus(java.time.Duration.between(midnight, now).dividedBy(2));
        jdbc.update("update appointment set start_at = ?, end_at = ? where id = ?", Timestamp.from(start),
                Timestamp.from(start.plusSeconds(60)), a.getId());
        settings.of(a.getOfficeId()); // the office's settings exist (they are written on first use)
        jdbc.update("update scheduling_setting set agenda_hour = 0 where office_id = ?", a.getOfficeId());
        boolean workingDay = fixtures.todayIsWorkingDay("babel");
        reminders.sendOfficerAgendas();
        reminders.sendOfficerAgendas();
        if (!workingDay) {
            return; // no agenda on a weekend or a holiday; the rest of the rule is the same
        }
        var agenda = Mailbox.awaitSubject(officer.getEmail(), "Agenda konsultasi hari ini");
        assertThat(Mailbox.text(agenda, "text/plain")).contains(r.getReceiptNumber(), "https://meet.contoh.id/agenda");
        Thread.sleep(6000);
        assertThat(Mailbox.withSubject(officer.getEmail(), "Agenda konsultasi hari ini")).hasSize(1);
    }
}
