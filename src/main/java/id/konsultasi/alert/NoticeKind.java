package id.konsultasi.alert;

import java.util.Set;

import id.konsultasi.shared.Labelled;
import id.konsultasi.shared.security.Role;

/**
 * What a notification is about. Its text is the message {@code alert.text.<KIND>} with the notification's
 * arguments, in the reader's language; its name on the settings page {@code alert.kind.<KIND>}.
 */
public enum NoticeKind implements Labelled {
    /** a registered request waits for the head's decision (the head and today's acting official) */
    DECISION_WAITING(Delivery.IMMEDIATE, true),
    /** a request was disposed to the division: its head assigns the officers */
    ASSIGNMENT_WAITING(Delivery.IMMEDIATE, true, Role.KABID),
    /** assigned as the lead officer */
    ASSIGNED_LEAD(Delivery.IMMEDIATE, true, Role.PETUGAS, Role.KABID),
    /** assigned as a companion */
    ASSIGNED_COMPANION(Delivery.IMMEDIATE, true, Role.PETUGAS, Role.KABID),
    /** the duty desk sent an urgent walk-in straight to this officer */
    URGENT_WALK_IN(Delivery.IMMEDIATE, true, Role.PETUGAS, Role.KABID),
    /** the applicant of my request arrived at the desk (mailed by the scheduling module's "visitor arrived") */
    VISITOR_ARRIVED(Delivery.NEVER, false, Role.PETUGAS, Role.KABID),
    /** my visitor was led to the meeting room */
    VISITOR_LED_IN(Delivery.NEVER, true, Role.PETUGAS, Role.KABID),
    /** my report was returned with a remark */
    REPORT_RETURNED(Delivery.IMMEDIATE, true, Role.PETUGAS, Role.KABID),
    /** an officer filed a report: it waits for my review (division head) or acknowledgement (head) */
    REPORT_FILED(Delivery.DIGEST, true),
    /** a report was forwarded to the head for acknowledgement */
    REPORT_FORWARDED(Delivery.DIGEST, true),
    /** my report was acknowledged: the request is closed */
    REPORT_ACKNOWLEDGED(Delivery.DIGEST, true, Role.PETUGAS, Role.KABID),
    /** a complaint was filed: those who answer complaints answer it */
    COMPLAINT_FILED(Delivery.IMMEDIATE, true, Role.SEKRETARIAT, Role.OFFICE_ADMIN),
    /** an open complaint's deadline passes today */
    COMPLAINT_DUE(Delivery.DIGEST, true, Role.SEKRETARIAT, Role.OFFICE_ADMIN),
    /** a deadline of one of my requests passes today */
    DEADLINE_TODAY(Delivery.DIGEST, true);

    private final Delivery usual;
    private final boolean mailable;
    private final Set<Role> audience;

    /** {@code audience}: the roles it reaches; none named: anyone (anyone may act as head for a day, Plh/Plt). */
    NoticeKind(Delivery usual, boolean mailable, Role... audience) {
        this.usual = usual;
        this.mailable = mailable;
        this.audience = Set.of(audience);
    }

    /** Whether it may reach someone holding these roles: the settings page offers only those. */
    public boolean reaches(Set<Role> roles) {
        return audience.isEmpty() || roles.stream().anyMatch(audience::contains);
    }

    /**
     * How a person holding these roles is mailed about this kind until they choose: the kind's usual choice, except
     * that the office administrator, who answers complaints beside the secretariat, reads of them in the digest.
     */
    public Delivery defaultFor(Set<Role> roles) {
        if (!mailable) {
            return Delivery.NEVER;
        }
        if (this == COMPLAINT_FILED && !roles.contains(Role.SEKRETARIAT)) {
            return Delivery.DIGEST;
        }
        return usual;
    }

    /** Whether a person may choose to be mailed about it (else it is in the bell only, or mailed by its module). */
    public boolean isMailable() {
        return mailable;
    }

    /** The message of the text, with the notification's arguments. */
    public String textKey() {
        return "alert.text." + name();
    }

    @Override
    public String labelPrefix() {
        return "alert.kind";
    }
}
