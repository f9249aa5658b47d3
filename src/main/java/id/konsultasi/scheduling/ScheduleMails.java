package id.konsultasi.scheduling;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import id.konsultasi.request.TrackingLinks;
import id.konsultasi.request.VisitorCheckedIn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The applicant's mail about the appointment: the answer letter with the calendar invitation, the same
 * after a reschedule (updating the event), and the cancellation (cancelling it), in the language the applicant wrote the
 * request in (the letter itself stays Indonesian); and the officers' mail when the visitor arrives, in Indonesian.
 */
@Component
class ScheduleMails {

    private final Appointments appointments;
    private final ConsultationRequests requests;
    private final Offices offices;
    private final AnswerLetter letters;
    private final CalendarInvite invites;
    private final MailComposer composer;
    private final Outbox outbox;
    private final TrackingLinks links;
    private final SchedulingService scheduling;
    private final StaffUsers staff;
    private final WrittenDates dates;

    ScheduleMails(StaffUsers staff, Appointments appointments, ConsultationRequests requests, Offices offices, AnswerLetter letters,
                  CalendarInvite invites, MailComposer composer, Outbox outbox, TrackingLinks links,
                  SchedulingService scheduling, WrittenDates dates) {
        this.dates = dates;
        this.appointments = appointments;
        this.requests = requests;
        this.offices = offices;
        this.letters = letters;
        this.invites = invites;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.scheduling = scheduling;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(ConsultationScheduled event) {
        Appointment appointment = appointments.findById(event.appointmentId()).orElseThrow();
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        String email = request.getApplicant().getEmail();
        if (email == null || !appointment.isActive()) {
            return;
        }
        Office office = offices.require(appointment.getOfficeId());
        Locale locale = request.getApplicant().getLocale();
        Map<String, Object> model = model(office, request, appointment, locale);
        model.put("reason", event.reason());
        String template = event.rescheduled() ? "rescheduled" : "answer-letter";
        outbox.enqueue(composer.compose(office.getId(), request.getId(), event.rescheduled() ? "RESCHEDULED" : "ANSWER_LETTER",
                email, template, new Object[]{request.getReceiptNumber()}, model, List.of(
                        new OutgoingMail.Attachment(letters.filename(appointment), "application/pdf", letters.pdf(appointment)),
                        invite(appointment, office, email, locale)), locale).causedBy(event));
    }

    @ApplicationModuleListener
    void on(AppointmentCancelled event) {
        Appointment appointment = appointments.findById(event.appointmentId()).orElseThrow();
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        String email = request.getApplicant().getEmail();
        if (email == null) {
            return;
        }
        Office office = offices.require(appointment.getOfficeId());
        Locale locale = request.getApplicant().getLocale();
        Map<String, Object> model = model(office, request, appointment, locale);
        model.put("reason", event.reason());
        model.put("byApplicant", event.byApplicant());
        outbox.enqueue(composer.compose(office.getId(), request.getId(), "APPOINTMENT_CANCELLED", email,
                "appointment-cancelled", new Object[]{request.getReceiptNumber()}, model,
                List.of(invite(appointment, office, email, locale)), locale).causedBy(event));
    }

    /** Held before the appointment: the applicant learns that the planned time is released, and the event goes. */
    @ApplicationModuleListener
    void on(AppointmentReleased event) {
        Appointment appointment = appointments.findById(event.appointmentId()).orElseThrow();
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        String email = request.getApplicant().getEmail();
        if (email == null) {
            return;
        }
        Office office = offices.require(appointment.getOfficeId());
        Locale locale = request.getApplicant().getLocale();
        Map<String, Object> model = model(office, request, appointment, locale);
        model.put("held", dates.dayAndTimes(appointment.getHeldStart(), appointment.getHeldEnd(), office, locale));
        outbox.enqueue(composer.compose(office.getId(), request.getId(), "APPOINTMENT_RELEASED", email,
                "appointment-released", new Object[]{request.getReceiptNumber()}, model,
                List.of(invite(appointment, office, email, locale)), locale).causedBy(event));
    }

    /** The applicant cancelled from the tracking page: the appointment (and its event) is cancelled too. */
    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        if (event.to() == RequestStatus.CANCELLED) {
            scheduling.applicantCancelled(event.requestId());
        }
    }

    /** The visitor arrived at the desk: the appointment says so, and its officers are told. */
    @ApplicationModuleListener
    void on(VisitorCheckedIn event) {
        scheduling.checkedIn(event.requestId());
        appointments.findByRequestIdAndStatus(event.requestId(), AppointmentStatus.ACTIVE).ifPresent(appointment -> {
            ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
            Office office = offices.require(appointment.getOfficeId());
            Map<String, Object> model = model(office, request, appointment, WrittenDates.INDONESIAN);
            model.put("arrivedAt", dates.time(event.at(), office, WrittenDates.INDONESIAN) + " "
                    + office.getZoneAbbreviation());
            for (Long officerId : appointment.getOfficerIds()) {
                staff.findById(officerId).filter(o -> o.getEmail() != null).ifPresent(officer -> {
                    model.put("officer", officer);
                    outbox.enqueue(composer.compose(office.getId(), request.getId(), "VISITOR_ARRIVED", officer.getEmail(),
                            "visitor-arrived", new Object[]{request.getApplicant().getDisplayName()}, model, List.of())
                            .causedBy(event));
                });
            }
        });
    }

    private OutgoingMail.Attachment invite(Appointment appointment, Office office, String email, Locale locale) {
        String ics = invites.ics(appointment, office, email, locale);
        return new OutgoingMail.Attachment("undangan.ics",
                "text/calendar; method=" + (appointment.isActive() ? "REQUEST" : "CANCEL") + "; charset=UTF-8",
                ics.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> model(Office office, ConsultationRequest request, Appointment appointment, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("facts", letters.facts(appointment, locale));
        model.put("trackingUrl", links.url(request.getTrackingToken()));
        return model;
    }
}
