package id.konsultasi.scheduling;

import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import id.konsultasi.notification.MailSettings;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationMode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The appointment as an iCalendar event (RFC 5545): the same UID for its whole life, a higher SEQUENCE
 * with every change, METHOD:CANCEL when it is cancelled, so that a phone calendar updates one event.
 */
@Component
public class CalendarInvite {

    private final AnswerLetter letters;
    private final MessageSource messages;
    private final MailSettings mail;

    CalendarInvite(AnswerLetter letters, MessageSource messages, MailSettings mail) {
        this.letters = letters;
        this.messages = messages;
        this.mail = mail;
    }

    /**
     * The invitation to the applicant. Its organizer is the office, at the office's e-mail address or, for an
     * office without one, at the application's sender address (RFC 5546 requires an organizer for REQUEST and
     * CANCEL); its location is the room and the office's address, or the meeting link of an online consultation.
     */
    public String ics(Appointment appointment, Office office, String applicantEmail) {
        return ics(appointment, office, applicantEmail, AnswerLetter.INDONESIAN);
    }

    /** The same, its summary and description in the applicant's language. */
    public String ics(Appointment appointment, Office office, String applicantEmail, Locale locale) {
        AnswerLetter.Facts facts = letters.facts(appointment, locale);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Layanan Konsultasi//ID");
        boolean cancelled = !appointment.isActive();
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(appointment.getIcsUid());
        event.setSequence(appointment.getIcsSequence());
        event.setDateStart(Date.from(appointment.getStartAt()));
        event.setDateEnd(Date.from(appointment.getEndAt()));
        event.setSummary(messages.getMessage("invite.summary", new Object[]{office.getName(), facts.receiptNumber()},
                locale));
        event.setLocation(appointment.getMode() == ConsultationMode.ONLINE ? facts.link()
                : facts.place() != null ? facts.place() : office.getAddress());
        if (facts.link() != null) {
            event.setUrl(facts.link());
        }
        event.setDescription(description(facts, locale));
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        event.setOrganizer(new Organizer(office.getName(),
                office.getEmail() != null ? office.getEmail() : mail.senderAddress()));
        if (applicantEmail != null) {
            Attendee attendee = new Attendee(facts.applicant(), applicantEmail);
            attendee.setParticipationStatus(ParticipationStatus.ACCEPTED);
            event.addAttendee(attendee);
        }
        calendar.addEvent(event);
        // RFC 6868: a quote or a line break in a parameter value (the applicant's name as the attendee's CN)
        // is written ^' and ^n; without it the writer refuses the name and the letter is never sent
        return Biweekly.write(calendar).caretEncoding(true).go();
    }

    /** What the letter's schedule says, one line each, in the reader's language. */
    private String description(AnswerLetter.Facts facts, Locale locale) {
        StringBuilder text = new StringBuilder(facts.topic());
        line(text, "letter.schedule.mode", facts.mode(), locale);
        line(text, "letter.schedule.join", facts.joinInstructions(), locale);
        line(text, "letter.schedule.contact", facts.contactName()
                + (facts.contactPhone() == null ? "" : ", " + facts.contactPhone()), locale);
        line(text, "letter.schedule.bring", facts.whatToBring(), locale);
        return text.toString();
    }

    private void line(StringBuilder text, String labelKey, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(messages.getMessage(labelKey, null, locale)).append(": ").append(value);
        }
    }
}
