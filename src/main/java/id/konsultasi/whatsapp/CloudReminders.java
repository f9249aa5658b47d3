package id.konsultasi.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.konsultasi.notification.WhatsAppOutbox;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.Appointments;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's reminder by the WhatsApp Cloud API, when the sender is on: the reminders job of the scheduling
 * module claims each reminder once ({@code reminder_sent_at}, for every applicant, with or without an e-mail address);
 * this job follows the reminders claimed since its last round (the day before, after a start) and queues each once
 * (its event: the appointment and the moment its reminder went out).
 */
@Component
class CloudReminders {

    private static final Logger log = LoggerFactory.getLogger(CloudReminders.class);

    /** The event of a reminder that went out, the key of its WhatsApp message. */
    record ReminderSent(long appointmentId, Instant at) {
    }

    private final Appointments appointments;
    private final ConsultationRequests requests;
    private final ApplicantMessages messages;
    private final WhatsAppOutbox outbox;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private Instant followedUntil;

    CloudReminders(Appointments appointments, ConsultationRequests requests, ApplicantMessages messages,
                   WhatsAppOutbox outbox, Clock clock, PlatformTransactionManager transactionManager) {
        this.appointments = appointments;
        this.requests = requests;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${konsultasi.whatsapp.poll-interval:5s}",
            initialDelayString = "${konsultasi.whatsapp.poll-interval:5s}")
    @SchedulerLock(name = "whatsapp.cloud-reminders", lockAtMostFor = "PT10M")
    void followScheduled() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.error("the WhatsApp reminders round failed; it runs again at the next interval", e);
        }
    }

    /** Queues the WhatsApp reminder of every reminder that went out since the last round. Returns how many. */
    synchronized int follow() {
        if (!outbox.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant from = followedUntil == null ? now.minus(Duration.ofDays(1)) : followedUntil;
        int queued = 0;
        for (Appointment appointment : appointments.remindedBetween(from, now)) {
            Boolean done = transactions.execute(status -> queue(appointment.getId()));
            queued += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        followedUntil = now;
        return queued;
    }

    private boolean queue(long appointmentId) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow();
        ConsultationRequest request = requests.findById(appointment.getRequestId()).orElseThrow();
        Optional<String> number = ApplicantMessages.whatsAppNumber(request);
        if (number.isEmpty() || !appointment.isActive() || request.getStatus() != RequestStatus.SCHEDULED) {
            return false; // held earlier than planned, moved or cancelled: nothing to remind of
        }
        return outbox.enqueue(messages.cloudMessage(request, MessageKind.REMINDER, Optional.of(appointment), number.get(),
                new ReminderSent(appointment.getId(), appointment.getReminderSentAt())));
    }
}
