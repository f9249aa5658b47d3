package id.konsultasi.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.feedback.ComplaintDeadlines;
import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.security.Role;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning of each working day of an office, from its digest hour ({@code konsultasi.alert.digest-hour}, office
 * time): the notices of the deadlines that pass today (a request's, to those who hold it; a complaint's, to those who
 * answer complaints), then each person's digest of the notifications they chose to read in it, one mail a day,
 * claimed in the database so that it goes out once whatever the instances or runs; nothing is sent when there is
 * nothing.
 */
@Component
class MorningNotices {

    private static final Logger log = LoggerFactory.getLogger(MorningNotices.class);

    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final AlertProperties properties;
    private final Deadlines deadlines;
    private final Notices notices;
    private final StaffNotifications notifications;
    private final StaffUsers users;
    private final MailComposer composer;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    MorningNotices(Offices offices, WorkingDayCalendar calendars, AlertProperties properties, Deadlines deadlines,
                   Notices notices, StaffNotifications notifications, StaffUsers users, MailComposer composer,
                   Outbox outbox, JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.offices = offices;
        this.calendars = calendars;
        this.properties = properties;
        this.deadlines = deadlines;
        this.notices = notices;
        this.notifications = notifications;
        this.users = users;
        this.composer = composer;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${konsultasi.alert.poll-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "staff-morning-notices", lockAtMostFor = "PT10M")
    public void run() {
        Instant now = clock.instant();
        for (Office office : offices.findByActiveTrueOrderByName()) {
            ZonedDateTime local = now.atZone(office.zone());
            LocalDate today = local.toLocalDate();
            if (!calendars.forOffice(office).isWorkingDay(today) || local.getHour() < properties.digestHour()) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> deadlines.notify(office, today, now));
            } catch (RuntimeException e) {
                log.error("the deadline notices of office {} for {} failed; tried again at the next round",
                        office.getId(), today, e);
            }
            for (Long person : notifications.awaitingDigest(office.getId())) {
                try {
                    transactions.executeWithoutResult(status -> digest(office, person, today, now));
                } catch (RuntimeException e) {
                    log.error("the digest of staff {} for {} failed; tried again at the next round", person, today, e);
                }
            }
        }
    }

    private void digest(Office office, long personId, LocalDate today, Instant now) {
        if (jdbc.update("""
                insert into notice_digest_sent (staff_user_id, day, sent_at) values (?, ?, ?)
                on conflict (staff_user_id, day) do nothing""", personId, today, java.sql.Timestamp.from(now)) != 1) {
            return;
        }
        List<StaffNotification> due = notifications.digestOf(personId);
        StaffUser person = users.findById(personId).orElse(null);
        if (due.isEmpty() || person == null) {
            return;
        }
        notifications.digested(due.stream().map(StaffNotification::getId).toList(), now);
        if (!person.isActive() || person.getEmail() == null || person.getEmail().isBlank()) {
            return;
        }
        List<Map<String, String>> items = due.stream().map(n -> Map.of(
                "text", notices.text(n.getKind(), n.getArguments()),
                "link", notices.url("/staf/pemberitahuan/" + n.getId()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("officer", person);
        model.put("items", items);
        model.put("settings", notices.url("/staf/pemberitahuan/pengaturan"));
        outbox.enqueue(composer.compose(office.getId(), null, "STAFF_DIGEST", person.getEmail(), "staff-digest",
                new Object[]{items.size()}, model, List.of()));
    }

    /**
     * The notices of the deadlines of a day: claimed once per office and day, in the transaction that writes them (a
     * failure leaves the day to the next round), and once per person and request (the day is their cause).
     */
    @Component
    static class Deadlines {

        private final ConsultationRequests requests;
        private final ComplaintDeadlines complaints;
        private final Recipients recipients;
        private final Notices notices;
        private final JdbcTemplate jdbc;

        Deadlines(ConsultationRequests requests, ComplaintDeadlines complaints, Recipients recipients, Notices notices,
                  JdbcTemplate jdbc) {
            this.requests = requests;
            this.complaints = complaints;
            this.recipients = recipients;
            this.notices = notices;
            this.jdbc = jdbc;
        }

        void notify(Office office, LocalDate today, Instant now) {
            if (jdbc.update("""
                    insert into notice_deadline_day (office_id, day, written_at) values (?, ?, ?)
                    on conflict (office_id, day) do nothing""", office.getId(), today, java.sql.Timestamp.from(now)) != 1) {
                return; // written already today
            }
            Instant from = today.atStartOfDay(office.zone()).toInstant();
            Instant to = today.plusDays(1).atStartOfDay(office.zone()).toInstant();
            String cause = "day:" + today;
            for (ConsultationRequest r : requests.dueBetween(office.getId(), RequestStatus.awaitingAnswerLetter(),
                    RequestStatus.awaitingConsultation(), from, to)) {
                Collection<StaffUser> people = switch (r.getStatus()) {
                    case SUBMITTED -> recipients.withRoles(office.getId(), EnumSet.of(Role.SEKRETARIAT));
                    case RECEIVED -> recipients.deciders(office.getId());
                    case DISPOSED -> recipients.divisionHeads(office.getId(), r.getAssignedDivisionId());
                    default -> recipients.people(r.getAssigneeIds());
                };
                notices.send(new Notice(office.getId(), NoticeKind.DEADLINE_TODAY, r.getId(), cause,
                        AlertListeners.arguments(r), AlertListeners.requestLink(r)), people);
            }
            List<StaffUser> handlers = null;
            for (ComplaintDeadlines.DueComplaint c : complaints.dueBetween(office.getId(), from, to)) {
                if (handlers == null) {
                    handlers = recipients.withRoles(office.getId(), EnumSet.of(Role.SEKRETARIAT, Role.OFFICE_ADMIN));
                }
                notices.send(new Notice(office.getId(), NoticeKind.COMPLAINT_DUE, c.getId(), cause,
                        List.of(c.getNumber()), AlertListeners.complaintLink(c.getId())), handlers);
            }
        }
    }
}
