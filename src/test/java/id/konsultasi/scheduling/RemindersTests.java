package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import id.konsultasi.account.StaffUser;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's reminder on the working day before the consultation and each officer's agenda of the day,
 * as the scheduler runs them, on a clock the test moves: on weekdays, across a weekend and across the
 * holidays of Christmas 2026 (24 December cuti bersama, 25 December a national holiday), exactly once
 * however often they run, and each job whatever happens to the other.
 */
@IntegrationTest
class RemindersTests {

    /** A week of December 2026 without holidays: Monday the 7th to Monday the 14th. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    Reminders reminders;
    @Autowired
    OfficerAgendas agendas;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchedulingSettings settings;

    final TestClock clock = TestClock.INSTANCE;

    void at(String office, LocalDate day, int hour, int minute) {
        clock.set(LocalDateTime.of(day, LocalTime.of(hour, minute)), fixtures.office(office).zone());
    }

    /** A request of the office with a new officer, scheduled online on the day at 10.00. */
    Scheduled scheduledOn(String office, LocalDate day) {
        return scheduledOn(office, day, "id");
    }

    /** The same, the request written in the given language. */
    Scheduled scheduledOn(String office, LocalDate day, String language) {
        StaffUser officer = fixtures.officer(office);
        String mail = "ingat." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest r = fixtures.assignedInLanguage(language, office, mail, null, officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(day,
                LocalTime.of(10, 0), 30, ConsultationMode.ONLINE, null, "https://meet.contoh.id/" + r.getId(), null,
                fixtures.ids(officer), officer.getId(), null, "uji pengingat"));
        return new Scheduled(r, a, officer, mail);
    }

    record Scheduled(ConsultationRequest request, Appointment appointment, StaffUser officer, String mail) {
    }

    int reminders(Scheduled s) {
        return jdbc.queryForObject("select count(*) from outbox_mail where kind = 'REMINDER' and request_id = ?",
                Integer.class, s.request().getId());
    }

    int agendas(StaffUser officer) {
        return jdbc.queryForObject("select count(*) from outbox_mail where kind = 'OFFICER_AGENDA' and recipient = ?",
                Integer.class, officer.getEmail());
    }

    /** What the scheduler does at each of its rounds: both jobs. */
    void schedulerRuns() {
        reminders.remindApplicants();
        agendas.sendOfficerAgendas();
    }

    @Test
    void theReminderGoesOutOnTheWorkingDayBeforeAtTheOfficeHourOnceHoweverOftenTheJobRuns() throws Exception {
        at("buton", MONDAY, 8, 0);
        Scheduled s = scheduledOn("buton", MONDAY.plusDays(2)); // Wednesday 10.00 WITA
        int hour = settings.of(fixtures.office("buton").getId()).getReminderHour();

        at("buton", MONDAY.plusDays(1), hour - 1, 59); // Tuesday, a minute before the reminder hour
        schedulerRuns();
        assertThat(reminders(s)).as("not before the office's reminder hour").isZero();

        at("buton", MONDAY.plusDays(1), hour, 0);
        CompletableFuture<Void> one = CompletableFuture.runAsync(this::schedulerRuns);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::schedulerRuns);
        CompletableFuture.allOf(one, two).join();
        schedulerRuns();
        clock.advance(Duration.ofHours(3));
        schedulerRuns();
        assertThat(reminders(s)).as("once, however often and however concurrently the job runs").isEqualTo(1);

        var reminder = Mailbox.awaitSubject(s.mail(), "Pengingat");
        assertThat(Mailbox.subject(reminder)).isEqualTo("Pengingat: konsultasi " + s.request().getReceiptNumber() + " besok");
        assertThat(Mailbox.text(reminder, "text/plain")).contains("https://meet.contoh.id/" + s.request().getId());
    }

    @Test
    void anApplicantWhoWroteInEnglishIsRemindedInEnglish() throws Exception {
        at("buton", MONDAY, 8, 0);
        Scheduled s = scheduledOn("buton", MONDAY.plusDays(2), "en");
        at("buton", MONDAY.plusDays(1), settings.of(fixtures.office("buton").getId()).getReminderHour(), 0);
        schedulerRuns();

        var reminder = Mailbox.awaitSubject(s.mail(), "Reminder");
        assertThat(Mailbox.subject(reminder)).isEqualTo("Reminder: consultation " + s.request().getReceiptNumber() + " tomorrow");
        assertThat(Mailbox.text(reminder, "text/plain")).contains("Mode: Online (video)",
                "Day, date: Wednesday, 9 December 2026", "Time: 10:00 - 10:30 Central Indonesia Time (WITA)",
                "https://meet.contoh.id/" + s.request().getId()).doesNotContain("Yth.", "Rabu");
    }

    @Test
    void aMondayConsultationIsRemindedOnFridayNotAtTheWeekend() {
        at("buton", MONDAY, 8, 0);
        Scheduled s = scheduledOn("buton", MONDAY.plusDays(7)); // the next Monday
        int hour = settings.of(fixtures.office("buton").getId()).getReminderHour();

        at("buton", MONDAY.plusDays(4), hour - 1, 0); // Friday morning, before the hour
        schedulerRuns();
        assertThat(reminders(s)).isZero();
        at("buton", MONDAY.plusDays(4), hour, 5); // Friday, the hour has come
        schedulerRuns();
        assertThat(reminders(s)).isEqualTo(1);
        at("buton", MONDAY.plusDays(6), hour, 5); // Sunday: nothing more
        schedulerRuns();
        assertThat(reminders(s)).isEqualTo(1);
    }

    @Test
    void aConsultationAfterChristmasIsRemindedOnTheLastWorkingDayBeforeTheHolidays() {
        LocalDate tuesday = LocalDate.of(2026, 12, 22);
        LocalDate afterChristmas = LocalDate.of(2026, 12, 28); // Thursday 24 and Friday 25 are holidays
        at("babel", tuesday.minusDays(1), 8, 0);
        Scheduled s = scheduledOn("babel", afterChristmas);
        int hour = settings.of(fixtures.office("babel").getId()).getReminderHour();

        at("babel", tuesday, hour + 1, 0); // Tuesday: still two working days away
        schedulerRuns();
        assertThat(reminders(s)).isZero();
        at("babel", tuesday.plusDays(1), hour, 0); // Wednesday 23 December, the last working day before
        schedulerRuns();
        assertThat(reminders(s)).isEqualTo(1);
    }

    @Test
    void eachOfficerGetsTheDaysAgendaOnceOnWorkingDaysOnly() throws Exception {
        at("babel", MONDAY.minusDays(3), 8, 0); // Friday before
        Scheduled s = scheduledOn("babel", MONDAY); // Monday 10.00 WIB
        int hour = settings.of(fixtures.office("babel").getId()).getAgendaHour();

        at("babel", MONDAY.minusDays(2), hour, 30); // Saturday
        schedulerRuns();
        at("babel", MONDAY.minusDays(1), hour, 30); // Sunday
        schedulerRuns();
        at("babel", MONDAY, hour - 1, 59); // Monday, before the agenda hour
        schedulerRuns();
        assertThat(agendas(s.officer())).as("no agenda at the weekend nor before the hour").isZero();

        at("babel", MONDAY, hour, 0);
        schedulerRuns();
        schedulerRuns();
        at("babel", MONDAY, hour + 2, 0);
        schedulerRuns();
        assertThat(agendas(s.officer())).as("once a day").isEqualTo(1);
        var agenda = Mailbox.awaitSubject(s.officer().getEmail(), "Agenda konsultasi hari ini");
        assertThat(Mailbox.text(agenda, "text/plain"))
                .contains(s.request().getReceiptNumber(), "https://meet.contoh.id/" + s.request().getId());
    }

    @Test
    void oneReminderThatFailsStopsNeitherTheOtherRemindersNorTheAgendas() {
        Office buton = fixtures.office("buton");
        at("buton", MONDAY, 8, 0);
        Scheduled failing = scheduledOn("buton", MONDAY.plusDays(1));
        Scheduled other = scheduledOn("buton", MONDAY.plusDays(1));
        Scheduled today = scheduledOn("buton", MONDAY.plusDays(1));
        int reminderHour = settings.of(buton.getId()).getReminderHour();
        int agendaHour = settings.of(buton.getId()).getAgendaHour();
        // the database refuses to record this one reminder, as a full disk or a broken row would
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_refuse_reminder() RETURNS trigger AS $$
                BEGIN
                  IF NEW.id = %d AND NEW.reminder_sent_at IS NOT NULL THEN
                    RAISE EXCEPTION 'the reminder of this appointment cannot be recorded';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(failing.appointment().getId()));
        jdbc.execute("CREATE TRIGGER test_refuse_reminder BEFORE UPDATE ON appointment FOR EACH ROW "
                + "EXECUTE FUNCTION test_refuse_reminder()");
        try {
            at("buton", MONDAY, Math.max(reminderHour, 1), 0);
            schedulerRuns();
            assertThat(reminders(failing)).isZero();
            assertThat(reminders(other)).as("the other reminder still goes out").isEqualTo(1);

            at("buton", MONDAY.plusDays(1), agendaHour, 0);
            schedulerRuns();
            assertThat(agendas(today.officer())).as("the agenda still goes out").isEqualTo(1);
        } finally {
            jdbc.execute("DROP TRIGGER test_refuse_reminder ON appointment");
            jdbc.execute("DROP FUNCTION test_refuse_reminder()");
        }
        at("buton", MONDAY, Math.max(reminderHour, 1), 30);
        schedulerRuns();
        assertThat(reminders(failing)).as("tried again at the next round").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.withSubject(failing.mail(), "Pengingat").isEmpty());
    }
}
