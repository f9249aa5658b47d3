package id.konsultasi.whatsapp;

import java.util.List;
import java.util.Optional;

import id.konsultasi.notification.WhatsAppOutbox;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestMarkedIncomplete;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import id.konsultasi.request.RequestSubmitted;
import id.konsultasi.scheduling.Appointment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the WhatsApp Cloud API sender is on ({@code konsultasi.whatsapp.enabled}), each message owed to an applicant
 * with a phone number is queued in the WhatsApp outbox by the listener of its cause, after the cause is committed
 * (the event publication registry keeps an event not yet handled), once per event and kind: the receipt when the
 * request is submitted, the incomplete-file notice, the answer letter when the request is scheduled (again when it
 * is moved), the refusal letter, the closing letter and the survey invitation when it closes. The reminder follows
 * the scheduling module's reminders ({@link CloudReminders}).
 */
@Component
class CloudMessages {

    private final WhatsAppOutbox outbox;
    private final ConsultationRequests requests;
    private final ApplicantMessages messages;

    CloudMessages(WhatsAppOutbox outbox, ConsultationRequests requests, ApplicantMessages messages) {
        this.outbox = outbox;
        this.requests = requests;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted event) {
        send(event.requestId(), List.of(MessageKind.RECEIPT), event);
    }

    @ApplicationModuleListener
    void on(RequestMarkedIncomplete event) {
        send(event.requestId(), List.of(MessageKind.INCOMPLETE), event);
    }

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        List<MessageKind> kinds = switch (event.to()) {
            case SCHEDULED -> List.of(MessageKind.ANSWER_LETTER);
            case REJECTED -> List.of(MessageKind.REFUSAL_LETTER);
            case CLOSED -> List.of(MessageKind.CLOSING_LETTER, MessageKind.SURVEY_INVITATION);
            default -> List.of();
        };
        send(event.requestId(), kinds, event);
    }

    private void send(long requestId, List<MessageKind> kinds, Object event) {
        if (!outbox.isEnabled() || kinds.isEmpty()) {
            return;
        }
        ConsultationRequest request = requests.findById(requestId).orElseThrow();
        Optional<String> number = ApplicantMessages.whatsAppNumber(request);
        if (number.isEmpty() || request.getStatus() == RequestStatus.CANCELLED) {
            return;
        }
        Optional<Appointment> appointment = messages.appointmentOf(request);
        for (MessageKind kind : kinds) {
            outbox.enqueue(messages.cloudMessage(request, kind, appointment, number.get(), event));
        }
    }
}
