package id.konsultasi.whatsapp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff tells the applicant a message owed: by WhatsApp (the wa.me address with the text, recorded when
 * the button is pressed) or by handing the printed letter over at the counter. Each is a record (who, when, which
 * message, which channel) and a step in the request's timeline. Whoever may open the request may tell; a request of
 * another office, or a message not owed (yet), is not found.
 */
@Service
public class TellingService {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final RequestService requests;
    private final ApplicantMessages messages;
    private final Tellings tellings;
    private final MessageSource bundle;
    private final Clock clock;

    TellingService(RequestService requests, ApplicantMessages messages, Tellings tellings, MessageSource bundle,
                   Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.tellings = tellings;
        this.bundle = bundle;
        this.clock = clock;
    }

    /** The message opened in WhatsApp: the applicant's number, the text, and the wa.me address with both. */
    public record WhatsAppLink(String receiptNumber, String number, String text, String address) {
    }

    /** Records the message sent by WhatsApp (the member of staff opens it: {@link #whatsAppLink}). */
    @Transactional
    public void sendByWhatsApp(StaffPrincipal staff, long requestId, String kindName) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        MessageKind kind = owed(request, kindName, messages.appointmentOf(request));
        if (ApplicantMessages.whatsAppNumber(request).isEmpty()) {
            throw new NotFoundException("the applicant's WhatsApp number");
        }
        record(staff, request, kind, TellingChannel.WHATSAPP_LINK);
    }

    /** The wa.me address that opens the message with its text filled in, in the applicant's language. */
    @Transactional(readOnly = true)
    public WhatsAppLink whatsAppLink(StaffPrincipal staff, long requestId, String kindName) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        Optional<Appointment> appointment = messages.appointmentOf(request);
        MessageKind kind = owed(request, kindName, appointment);
        String number = ApplicantMessages.whatsAppNumber(request)
                .orElseThrow(() -> new NotFoundException("the applicant's WhatsApp number"));
        String text = messages.write(request, kind, appointment).text();
        return new WhatsAppLink(request.getReceiptNumber(), number, text, "https://wa.me/" + number + "?text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Records the printed letter handed over at the counter. */
    @Transactional
    public void handedOver(StaffPrincipal staff, long requestId, String kindName) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        MessageKind kind = owed(request, kindName, messages.appointmentOf(request));
        if (!kind.isLetter()) {
            throw new NotFoundException("a printed " + kind);
        }
        record(staff, request, kind, TellingChannel.PRINT);
    }

    private MessageKind owed(ConsultationRequest request, String kindName, Optional<Appointment> appointment) {
        return messages.owed(request, appointment).stream().filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> new NotFoundException("message " + kindName + " of request " + request.getId()));
    }

    private void record(StaffPrincipal staff, ConsultationRequest request, MessageKind kind, TellingChannel channel) {
        tellings.save(new Telling(request.getOfficeId(), request.getId(), kind, channel, staff.id(), staff.fullName(),
                clock.instant()));
        // the timeline speaks the office's language, as every other step of it
        String what = bundle.getMessage(kind.labelKey(), null, INDONESIAN);
        requests.addNote(staff, request.getId(), null, bundle.getMessage("told.note." + channel.name(),
                new Object[]{what, staff.fullName()}, INDONESIAN));
    }
}
