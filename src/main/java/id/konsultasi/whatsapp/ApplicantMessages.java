package id.konsultasi.whatsapp;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.konsultasi.notification.WhatsAppMessage;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.HistoryEntry;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.TrackingLinks;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.PhoneNumbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages an applicant is owed at a point of the request, and each as a short text in the applicant's language
 * (greeting with the name, what it is, the tracking link) for a WhatsApp message, or as the parameters of the
 * Cloud API's template: the name, the receipt number, the detail (the reason, or the schedule) where the kind has
 * one, and the link.
 */
@Component
class ApplicantMessages {

    private final SchedulingService scheduling;
    private final AnswerLetter answerLetters;
    private final Offices offices;
    private final TrackingLinks links;
    private final MessageSource messages;

    ApplicantMessages(SchedulingService scheduling, AnswerLetter answerLetters, Offices offices, TrackingLinks links,
                      MessageSource messages) {
        this.scheduling = scheduling;
        this.answerLetters = answerLetters;
        this.offices = offices;
        this.links = links;
        this.messages = messages;
    }

    /** A message written out: the WhatsApp text and the template's body parameters. */
    record Written(MessageKind kind, Locale locale, String text, List<String> parameters) {
    }

    /** The request's latest appointment (one statement). */
    Optional<Appointment> appointmentOf(ConsultationRequest request) {
        return scheduling.latestFor(request.getId());
    }

    /** The messages owed at this point of the request, in the order they come. */
    List<MessageKind> owed(ConsultationRequest request, Optional<Appointment> appointment) {
        List<MessageKind> owed = new ArrayList<>();
        owed.add(MessageKind.RECEIPT);
        if (request.getHistory().stream().anyMatch(h -> h.getToStatus() == RequestStatus.INCOMPLETE)) {
            owed.add(MessageKind.INCOMPLETE);
        }
        if (appointment.filter(a -> a.getLetterNumber() != null).isPresent()) {
            owed.add(MessageKind.ANSWER_LETTER);
        }
        if (request.getStatus() == RequestStatus.REJECTED) {
            owed.add(MessageKind.REFUSAL_LETTER);
        }
        if (appointment.filter(a -> a.getReminderSentAt() != null).isPresent()) {
            owed.add(MessageKind.REMINDER);
        }
        if (request.getStatus() == RequestStatus.CLOSED) {
            owed.add(MessageKind.CLOSING_LETTER);
            owed.add(MessageKind.SURVEY_INVITATION);
        }
        return owed;
    }

    /** The applicant's number as wa.me and the Cloud API want it ({@code 6281234567890}), if it is a valid one. */
    static Optional<String> whatsAppNumber(ConsultationRequest request) {
        String phone = request.getApplicant().getPhone();
        return phone == null || !PhoneNumbers.isValid(phone) ? Optional.empty()
                : Optional.of(PhoneNumbers.international(phone).substring(1));
    }

    Written write(ConsultationRequest request, MessageKind kind, Optional<Appointment> appointment) {
        Office office = offices.require(request.getOfficeId());
        Locale locale = request.getApplicant().getLocale();
        String name = request.getApplicant().getDisplayName();
        String link = kind == MessageKind.SURVEY_INVITATION ? links.url(request.getTrackingToken(), "survei")
                : links.url(request.getTrackingToken());
        String detail = switch (kind) {
            case INCOMPLETE -> request.getIncompleteReason() != null ? request.getIncompleteReason()
                    : lastNote(request, RequestStatus.INCOMPLETE);
            case REFUSAL_LETTER -> lastNote(request, RequestStatus.REJECTED);
            case ANSWER_LETTER, REMINDER -> appointment.map(a -> schedule(a, office, locale)).orElse(null);
            default -> null;
        };
        String text = messages.getMessage("whatsapp.text." + kind.name(), new Object[]{name, office.getName(),
                request.getReceiptNumber(), detail == null ? "-" : detail, link}, locale);
        List<String> parameters = new ArrayList<>(List.of(name, request.getReceiptNumber()));
        if (detail != null || kind == MessageKind.INCOMPLETE || kind == MessageKind.REFUSAL_LETTER
                || kind == MessageKind.ANSWER_LETTER || kind == MessageKind.REMINDER) {
            parameters.add(detail);
        }
        parameters.add(link);
        return new Written(kind, locale, text, parameters);
    }

    /** The message as the Cloud API's template message, caused by {@code event} (queued once per event and kind). */
    WhatsAppMessage cloudMessage(ConsultationRequest request, MessageKind kind, Optional<Appointment> appointment,
                                 String number, Object event) {
        Written written = write(request, kind, appointment);
        return new WhatsAppMessage(request.getOfficeId(), request.getId(), kind.name(), number,
                written.locale().getLanguage(), written.parameters(), null).causedBy(event);
    }

    /** "Rabu, 9 Desember 2026, 09.00 - 10.00 WITA, Tatap muka: Ruang Rapat, Lantai 1, ..." in the locale. */
    private String schedule(Appointment appointment, Office office, Locale locale) {
        ZonedDateTime start = appointment.getStartAt().atZone(office.zone());
        ZonedDateTime end = appointment.getEndAt().atZone(office.zone());
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH.mm", locale);
        AnswerLetter.Facts facts = answerLetters.facts(appointment);
        String where = appointment.getMode() == ConsultationMode.ONLINE ? facts.link() : facts.place();
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(start) + ", " + hour.format(start)
                + " - " + hour.format(end) + " " + office.getZoneAbbreviation() + ", "
                + messages.getMessage(appointment.getMode().labelKey(), null, locale)
                + (where == null || where.isBlank() ? "" : ": " + where);
    }

    private static String lastNote(ConsultationRequest request, RequestStatus status) {
        String note = null;
        for (HistoryEntry h : request.getHistory()) {
            if (h.getToStatus() == status && h.getPublicNote() != null) {
                note = h.getPublicNote();
            }
        }
        return note;
    }
}
