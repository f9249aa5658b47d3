package id.konsultasi.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import id.konsultasi.office.Office;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.HistoryEntry;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestStatus;

/** A request as its applicant sees it: no internal notes, no staff names, times in the office's zone. */
record TrackingView(String token, String receiptNumber, String agendaNumber, Channel channel, RequestStatus status,
                    String applicantName, String topic, ConsultationMode preferredMode, ZonedDateTime preferredVisitAt,
                    ZonedDateTime submittedAt, ZonedDateTime answerDueAt, ZonedDateTime consultationDueAt,
                    String incompleteReason, boolean cancellable, List<Step> timeline, List<String> documents,
                    String zone) {

    /** One step of the timeline, in words fit for the applicant ({@code labelKey}, a message key). */
    record Step(ZonedDateTime at, RequestStatus status, boolean statusChange, String note, String labelKey) {
    }

    /** The page of the request reached by {@code token}, its tracking link. */
    static TrackingView of(String token, ConsultationRequest r, Office office, List<RequestDocument> documents) {
        ZoneId zone = office.zone();
        // a step with only an internal note (e.g. a telaahan staf attached) is not the applicant's business
        List<Step> steps = new ArrayList<>();
        boolean returned = false;
        for (HistoryEntry h : r.getHistory()) {
            if (!h.isStatusChange() && h.getPublicNote() == null) {
                continue;
            }
            // a report returned to the officer and filed again: said as such, not as "held" and "reported" again
            boolean returning = h.isStatusChange() && h.getFromStatus() == RequestStatus.REPORTED
                    && h.getToStatus() == RequestStatus.HELD;
            boolean refiled = returned && h.isStatusChange() && h.getToStatus() == RequestStatus.REPORTED;
            returned = returned || returning;
            String label = !h.isStatusChange() ? "tracking.note"
                    : returning ? "tracking.step.returned"
                    : refiled ? "tracking.step.refiled"
                    : h.getToStatus().publicLabelKey();
            steps.add(new Step(at(h.getAt(), zone), h.getToStatus(), h.isStatusChange(), h.getPublicNote(), label));
        }
        return new TrackingView(token, r.getReceiptNumber(), r.getAgendaNumber(), r.getChannel(),
                r.getStatus(), r.getApplicant().getDisplayName(), r.getTopic(), r.getPreferredMode(),
                at(r.getPreferredVisitAt(), zone), at(r.getSubmittedAt(), zone), at(r.getAnswerDueAt(), zone),
                at(r.getConsultationDueAt(), zone), r.getIncompleteReason(), r.getStatus().isCancellable(), List.copyOf(steps),
                documents.stream().filter(d -> d.getKind() != DocumentKind.HANDOVER).map(RequestDocument::getFilename)
                        .toList(), office.getZoneAbbreviation());
    }

    /** The answer letter's deadline while the letter is still awaited; none once it was sent or the request ended. */
    public ZonedDateTime pendingAnswerDueAt() {
        return status.awaitsAnswerLetter() ? answerDueAt : null;
    }

    /** The consultation's deadline while it is still to be held; none once held, refused, cancelled or missed. */
    public ZonedDateTime pendingConsultationDueAt() {
        return status.awaitsConsultation() ? consultationDueAt : null;
    }

    private static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }
}
