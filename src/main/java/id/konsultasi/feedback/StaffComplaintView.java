package id.konsultasi.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A complaint as staff see it. For an anonymous complaint the complainant's name, contact details, the
 * request it is about and the complainant's link (whose page names that request) are left out here, so
 * that no staff page can show them.
 */
public record StaffComplaintView(Long id, long version, long officeId, String number, ComplaintSource source,
                                 String laporNumber, boolean anonymous, String complainantName, String email,
                                 String phone, Long requestId, String requestReceiptNumber, String subject,
                                 String description, ComplaintStatus status, Instant receivedAt, Instant dueAt,
                                 int answerWorkingDays, String answer, Instant answeredAt, String answeredByName,
                                 Instant closedAt, boolean overdue, boolean answeredOnTime, boolean contactable,
                                 boolean linkedToRequest, String trackingToken,
                                 List<ComplaintHistoryEntry> history, String agendaNumber) {

    static StaffComplaintView of(Complaint c, Instant now) {
        boolean shown = c.isIdentityVisibleToStaff();
        return new StaffComplaintView(c.getId(), c.getVersion(), c.getOfficeId(), c.getNumber(), c.getSource(),
                c.getLaporNumber(), c.isAnonymous(), shown ? c.getComplainantName() : null,
                shown ? c.getEmail() : null, shown ? c.getPhone() : null, shown ? c.getRequestId() : null,
                shown ? c.getRequestReceiptNumber() : null, c.getSubject(), c.getDescription(), c.getStatus(),
                c.getReceivedAt(), c.getDueAt(), c.getAnswerWorkingDays(), c.getAnswer(), c.getAnsweredAt(),
                c.getAnsweredByName(), c.getClosedAt(), c.isOverdue(now), c.isAnsweredOnTime(),
                c.isContactableByEmail(), c.getRequestId() != null, shown ? c.getTrackingToken() : null,
                c.getHistory(), c.getAgendaNumber());
    }

    public boolean canStart() {
        return status.canMoveTo(ComplaintStatus.IN_PROGRESS);
    }

    public boolean canAnswer() {
        return status.canMoveTo(ComplaintStatus.ANSWERED);
    }

    public boolean canClose() {
        return status.canMoveTo(ComplaintStatus.CLOSED);
    }
}
