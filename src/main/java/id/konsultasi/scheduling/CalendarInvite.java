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

import org.springframework.stereotype.Component;

/**
 * The appointment as an iCalendar event (RFC 5545): the same UID for its whole life, a higher SEQUENCE
 * with every change, METHOD:CANCEL when it is cancelled, so that a phone calendar updates one event.
 */
@Component
public class CalendarInvite {

    private final AnswerLetter letters;

    CalendarInvite(AnswerLetter letters) {
        this.letters = letters;
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
        event.setDescription(facts.topic() + "\n" + facts.mode() + "\nNarahubung: " + facts.contactName()
                + (facts.contactPhone() == null ? "" : " " + facts.contactPhone())
                + (facts.joinInstructions() == null ? "" : "\n" + facts.joinInstructions()));
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
        return Biweekly.write(calendar).go();
    }
}
