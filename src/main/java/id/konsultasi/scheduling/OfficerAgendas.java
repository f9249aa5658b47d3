package id.konsultasi.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each officer's agenda of the day, at the office's agenda hour on its working days. Each goes out once,
 * whatever the number of instances or runs: it is claimed in the database, in the same transaction that
 * queues it. The applicants' reminders are a job of their own ({@link Reminders}).
 */
@Component
class OfficerAgendas {

    private static final Logger log = LoggerFactory.getLogger(OfficerAgendas.class);
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
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OfficerAgendas(Appointments appointments, ConsultationRequests requests, Offices offices,
                   WorkingDayCalendar calendars, SchedulingSettings settings, StaffUsers staff, AnswerLetter letters,
                   MailComposer composer, Outbox outbox, JdbcTemplate jdbc, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.appointments = appointments;
        this.requests = requests;
        this.offices = offices;
        this.calendars = calendars;
        this.settings = settings;
        this.staff = staff;
        this.letters = letters;
        this.composer = composer;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The job of the officers' agendas: each officer's consultations of the day, once a day, at the office's
     * agenda hour on its working days. Each office and each officer in a transaction of its own, so that one
     * failure costs only that agenda (tried again at the next round).
     */
    @Scheduled(fixedDelayString = "${konsultasi.scheduling.poll-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "officer-agendas", lockAtMostFor = "PT10M")
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
            Map<Long, List<Long>> byOfficer = new HashMap<>();
            for (Appointment a : appointments.activeBetween(office.getId(), from, to)) {
                a.getOfficerIds().forEach(o -> byOfficer.computeIfAbsent(o, k -> new ArrayList<>()).add(a.getId()));
            }
            for (var entry : byOfficer.entrySet()) {
                try {
                    transactions.executeWithoutResult(status -> sendAgenda(office, entry.getKey(), entry.getValue(),
                            today, now));
                } catch (RuntimeException e) {
                    log.error("the agenda of officer {} for {} failed; it is tried again at the next round",
                            entry.getKey(), today, e);
                }
            }
        }
    }

    private void sendAgenda(Office office, long officerId, List<Long> appointmentIds, LocalDate today, Instant now) {
        StaffUser officer = staff.findById(officerId).orElse(null);
        if (officer == null || officer.getEmail() == null || !claimAgenda(officer.getId(), today, now)) {
            return;
        }
        List<Appointment> agenda = appointments.findAllById(appointmentIds).stream()
                .sorted(java.util.Comparator.comparing(Appointment::getStartAt)).toList();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Appointment a : agenda) {
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
        model.put("day", letters.facts(agenda.get(0)).day());
        outbox.enqueue(composer.compose(office.getId(), null, "OFFICER_AGENDA", officer.getEmail(),
                "officer-agenda", new Object[]{items.size()}, model, List.of()));
    }

    private boolean claimAgenda(long officerId, LocalDate day, Instant now) {
        return jdbc.update("""
                INSERT INTO officer_agenda_sent (officer_id, day, sent_at) VALUES (?, ?, ?)
                ON CONFLICT (officer_id, day) DO NOTHING""", officerId, day,
                java.sql.Timestamp.from(now)) == 1;
    }
}
