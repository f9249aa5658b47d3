package id.konsultasi.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.TrackingLinks;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's reminder on the working day before the consultation, at the office's reminder hour,
 * and each officer's agenda of the day at the office's agenda hour. Each goes out once, whatever the
 * number of instances or runs: it is claimed in the database before it is queued.
 */
@Component
public class Reminders {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm", Locale.forLanguageTag("id"));

    private final Appointments appointments;
    private final ConsultationRequests requests;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final SchedulingSettings settings;
    private final StaffUsers staff;
    private final AnswerLetter letters;
    private final MailComposer composer;
    private final Outbox outbox;
    private final TrackingLinks links;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Reminders(Appointments appointments, ConsultationRequests requests, Offices offices, WorkingDayCalendar calendars,
              SchedulingSettings settings, StaffUsers staff, AnswerLetter letters, MailComposer composer, Outbox outbox,
              TrackingLinks links, JdbcTemplate jdbc, Clock clock) {
        this.appointments = appointments;
        this.requests = requests;
        this.offices = offices;
        this.calendars = calendars;
        this.settings = settings;
        this.staff = staff;
        this.letters = letters;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${konsultasi.scheduling.poll-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "consultation-reminders", lockAtMostFor = "PT10M")
    public void run() {
        sendApplicantReminders();
        sendOfficerAgendas();
    }

    /** Reminders whose moment has come: the working day before, at the office's reminder hour. */
    @Transactional
    public void sendApplicantReminders() {
        Instant now = clock.instant();
        for (Appointment appointment : appointments.awaitingReminder(now, now.plus(Duration.ofDays(21)))) {
            Office office = offices.require(appointment.getOfficeId());
            OfficeCalendar calendar = calendars.forOffice(office);
            LocalDate day = appointment.getStartAt().atZone(office.zone()).toLocalDate();
            LocalDate before = day.minusDays(1);
            while (!calendar.isWorkingDay(before)) {
                before = before.minusDays(1);
            }
            Instant moment = ZonedDateTime.of(before, LocalTime.of(settings.of(office.getId()).getReminderHour(), 0),
                    office.zone()).toInstant();
            if (now.isBefore(moment) || appointments.claimReminder(appointment.getId(), now) != 1) {
                continue;
            }
            boolean scheduledAfterTheMoment = appointment.getLetterIssuedAt() != null
                    && appointment.getLetterIssuedAt().isAfter(moment);
            ConsultationRequest request = requests.findById(appointment.getRequestId()).orElseThrow();
            if (scheduledAfterTheMoment || request.getApplicant().getEmail() == null) {
                continue; // the answer letter itself came after the reminder's time: it reminds enough
            }
            if (request.getStatus() != RequestStatus.SCHEDULED) {
                continue; // held earlier than planned (or closed): nothing to remind of
            }
            Map<String, Object> model = new HashMap<>();
            model.put("office", office);
            model.put("r", request);
            model.put("facts", letters.facts(appointment));
            model.put("trackingUrl", links.url(request.getTrackingToken()));
            outbox.enqueue(composer.compose(office.getId(), request.getId(), "REMINDER", request.getApplicant().getEmail(),
                    "reminder", new Object[]{request.getReceiptNumber()}, model, List.of()));
        }
    }

    /** Each officer's consultations of the day, once a day, at the office's agenda hour on working days. */
    @Transactional
    public void sendOfficerAgendas() {
        Instant now = clock.instant();
        for (Office office : offices.findByActiveTrueOrderByName()) {
            ZonedDateTime local = now.atZone(office.zone());
            LocalDate today = local.toLocalDate();
            if (!calendars.forOffice(office).isWorkingDay(today)
                    || local.getHour() < settings.of(office.getId()).getAgendaHour()) {
                continue;
            }
            Instant from = today.atStartOfDay(office.zone()).toInstant();
            Instant to = today.plusDays(1).atStartOfDay(office.zone()).toInstant();
            Map<Long, List<Appointment>> byOfficer = new HashMap<>();
            for (Appointment a : appointments.activeBetween(office.getId(), from, to)) {
                a.getOfficerIds().forEach(o -> byOfficer.computeIfAbsent(o, k -> new ArrayList<>()).add(a));
            }
            for (var entry : byOfficer.entrySet()) {
                StaffUser officer = staff.findById(entry.getKey()).orElse(null);
                if (officer == null || officer.getEmail() == null || !claimAgenda(officer.getId(), today, now)) {
                    continue;
                }
                List<Map<String, Object>> items = new ArrayList<>();
                for (Appointment a : entry.getValue()) {
                    ConsultationRequest r = requests.findById(a.getRequestId()).orElseThrow();
                    AnswerLetter.Facts facts = letters.facts(a);
                    items.add(Map.of("time", HOUR.format(a.getStartAt().atZone(office.zone())) + " "
                            + office.getZoneAbbreviation(), "receipt", r.getReceiptNumber(), "applicant",
                            facts.applicant(), "topic", r.getTopic(), "mode", facts.mode(),
                            "where", facts.place() != null ? facts.place() : facts.link()));
                }
                Map<String, Object> model = new HashMap<>();
                model.put("office", office);
                model.put("officer", officer);
                model.put("items", items);
                model.put("day", letters.facts(entry.getValue().get(0)).day());
                outbox.enqueue(composer.compose(office.getId(), null, "OFFICER_AGENDA", officer.getEmail(),
                        "officer-agenda", new Object[]{items.size()}, model, List.of()));
            }
        }
    }

    private boolean claimAgenda(long officerId, LocalDate day, Instant now) {
        return jdbc.update("""
                INSERT INTO officer_agenda_sent (officer_id, day, sent_at) VALUES (?, ?, ?)
                ON CONFLICT (officer_id, day) DO NOTHING""", officerId, day,
                java.sql.Timestamp.from(now)) == 1;
    }
}
