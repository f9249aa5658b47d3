package id.konsultasi.scheduling;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;

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

    CalendarInvite(AnswerLetter letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    public String ics(Appointment appointment, String officeName, String officeEmail, String applicantEmail) {
        AnswerLetter.Facts facts = letters.facts(appointment);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Layanan Konsultasi//ID");
        boolean cancelled = !appointment.isActive();
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(appointment.getIcsUid());
        event.setSequence(appointment.getIcsSequence());
        event.setDateStart(Date.from(appointment.getStartAt()));
        event.setDateEnd(Date.from(appointment.getEndAt()));
        event.setSummary("Konsultasi " + officeName + " (" + facts.receiptNumber() + ")");
        event.setLocation(facts.place() != null ? facts.place() : facts.link());
        if (facts.link() != null) {
            event.setUrl(facts.link());
        }
        event.setDescription(description(facts));
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        if (officeEmail != null) {
            event.setOrganizer(new Organizer(officeName, officeEmail));
        }
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

    /** What the letter's schedule says, one line each, in the office's language. */
    private String description(AnswerLetter.Facts facts) {
        StringBuilder text = new StringBuilder(facts.topic());
        line(text, "letter.schedule.mode", facts.mode());
        line(text, "letter.schedule.join", facts.joinInstructions());
        line(text, "letter.schedule.contact", facts.contactName()
                + (facts.contactPhone() == null ? "" : ", " + facts.contactPhone()));
        line(text, "letter.schedule.bring", facts.whatToBring());
        return text.toString();
    }

    private void line(StringBuilder text, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(messages.getMessage(labelKey, null, AnswerLetter.INDONESIAN)).append(": ").append(value);
        }
    }
}
