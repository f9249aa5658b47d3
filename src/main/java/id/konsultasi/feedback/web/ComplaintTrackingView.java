package id.konsultasi.feedback.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.konsultasi.feedback.Complaint;
import id.konsultasi.feedback.ComplaintHistoryEntry;
import id.konsultasi.feedback.ComplaintStatus;
import id.konsultasi.office.Office;
import id.konsultasi.shared.security.Role;

/** A complaint as its complainant sees it: no staff names, no internal notes, times in the office's zone. */
record ComplaintTrackingView(String token, String number, ComplaintStatus status, String subject, String description,
                             String requestReceiptNumber, boolean anonymous, boolean contactable,
                             ZonedDateTime receivedAt, ZonedDateTime dueAt, int answerWorkingDays, String answer,
                             ZonedDateTime answeredAt, List<Step> timeline, String zone,
                             String agendaNumber, String registeredBy) {

    record Step(ZonedDateTime at, ComplaintStatus status) {
    }

    static ComplaintTrackingView of(Complaint c, Office office) {
        ZoneId zone = office.zone();
        List<Step> steps = c.getHistory().stream().map(h -> step(h, zone)).toList();
        return new ComplaintTrackingView(c.getTrackingToken(), c.getNumber(), c.getStatus(), c.getSubject(),
                c.getDescription(), c.getRequestReceiptNumber(), c.isAnonymous(), c.isContactableByEmail(),
                at(c.getReceivedAt(), zone), at(c.getDueAt(), zone), c.getAnswerWorkingDays(), c.getAnswer(),
                at(c.getAnsweredAt(), zone), steps, office.getZoneAbbreviation(),
                c.getAgendaNumber(), office.getNames().of(Role.SEKRETARIAT));
    }

    private static Step step(ComplaintHistoryEntry h, ZoneId zone) {
        return new Step(at(h.getAt(), zone), h.getToStatus());
    }

    private static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }
}
