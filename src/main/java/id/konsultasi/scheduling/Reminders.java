package id.konsultasi.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.TrackingLinks;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's reminder on the working day before the consultation, at the office's reminder hour, in the
 * language the applicant wrote the request in. Each
 * goes out once, whatever the number of instances or runs: it is claimed in the database, in the same
 * transaction that queues it. The officers' agendas are a job of their own ({@link OfficerAgendas}): neither
 * waits for, nor fails with, the other.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Appointments appointments;
    private final ConsultationRequests requests;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final SchedulingSettings settings;
    private final AnswerLetter letters;
    private final MailComposer composer;
    private final Outbox outbox;
    private final TrackingLinks links;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Reminders(Appointments appointments, ConsultationRequests requests, Offices offices, WorkingDayCalendar calendars,
              SchedulingSettings settings, AnswerLetter letters, MailComposer composer, Outbox outbox,
              TrackingLinks links, Clock clock, PlatformTransactionManager transactionManager) {
        this.appointments = appointments;
        this.requests = requests;
        this.offices = offices;
        this.calendars = calendars;
        this.settings = settings;
        this.letters = letters;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The job of the applicants' reminders. Each reminder is claimed and queued in a transaction of its own:
     * one that fails is logged and tried again at the next round, and stops neither the others nor the
     * officers' agendas, which are a job of their own.
     */
    @Scheduled(fixedDelayString = "${konsultasi.scheduling.poll-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "consultation-reminders", lockAtMostFor = "PT10M")
    public void remindApplicants() {
        Instant now = clock.instant();
        for (Appointment appointment : appointments.awaitingReminder(now, now.plus(Duration.ofDays(21)))) {
            try {
                transactions.executeWithoutResult(status -> remind(appointment.getId(), now));
            } catch (RuntimeException e) {
                log.error("the reminder of appointment {} failed; it is tried again at the next round",
                        appointment.getId(), e);
            }
        }
    }

    /** The reminder of one appointment if its moment has come: the working day before, at the office's hour. */
    private void remind(long appointmentId, Instant now) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow();
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
            return;
        }
        boolean scheduledAfterTheMoment = appointment.getLetterIssuedAt() != null
                && appointment.getLetterIssuedAt().isAfter(moment);
        ConsultationRequest request = requests.findById(appointment.getRequestId()).orElseThrow();
        if (scheduledAfterTheMoment || request.getApplicant().getEmail() == null) {
            return; // the answer letter itself came after the reminder's time: it reminds enough
        }
        if (request.getStatus() != RequestStatus.SCHEDULED) {
            return; // held earlier than planned (or closed): nothing to remind of
        }
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("facts", letters.facts(appointment, request.getApplicant().getLocale()));
        model.put("trackingUrl", links.url(request.getTrackingToken()));
        outbox.enqueue(composer.compose(office.getId(), request.getId(), "REMINDER", request.getApplicant().getEmail(),
                "reminder", new Object[]{request.getReceiptNumber()}, model, List.of(), request.getApplicant().getLocale()));
    }
}
