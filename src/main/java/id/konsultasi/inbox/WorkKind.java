package id.konsultasi.inbox;

import id.konsultasi.shared.Labelled;

/**
 * A kind of work that waits for someone, and the existing page where its items are.
 *
 * @param path      the page of the items, as the navigation links it
 * @param deadlines whether its items have deadlines (else only a count)
 * @param inBadge   whether it counts in the badge of its page (the walk-ins routed to an officer are already among
 *                  their consultations of today)
 */
public enum WorkKind implements Labelled {
    /** requests waiting for the head's (or the acting official's) decision */
    DECISIONS("/staf/disposisi", true, true),
    /** reports forwarded to the head, waiting for the acknowledgement */
    REPORTS_TO_ACKNOWLEDGE("/staf/laporan-konsultasi/kepala", false, true),
    /** requests disposed to the division head's division, waiting for an officer */
    ASSIGNMENTS("/staf/bidang", true, true),
    /** reports filed to the division head, waiting for the review */
    REPORTS_TO_REVIEW("/staf/laporan-konsultasi/bidang", false, true),
    /** an officer's assigned requests to schedule */
    REQUESTS_TO_SCHEDULE("/staf/konsultasi-saya", true, true),
    /** an officer's appointments of today and urgent walk-ins served at once */
    CONSULTATIONS_TODAY("/staf/konsultasi-saya", true, true),
    /** urgent walk-ins routed to this officer, still waiting at the desk */
    WALK_INS_FOR_ME("/staf/konsultasi-saya", true, false),
    /** an officer's held consultations whose report is still to write */
    REPORTS_TO_WRITE("/staf/laporan-konsultasi/saya", true, true),
    /** complaints still to answer */
    COMPLAINTS("/staf/pengaduan", true, true),
    /** guests waiting on the duty desk's board */
    WALK_INS_WAITING("/staf/piket", true, true);

    private final String path;
    private final boolean deadlines;
    private final boolean inBadge;

    WorkKind(String path, boolean deadlines, boolean inBadge) {
        this.path = path;
        this.deadlines = deadlines;
        this.inBadge = inBadge;
    }

    public String path() {
        return path;
    }

    public boolean hasDeadlines() {
        return deadlines;
    }

    public boolean inBadge() {
        return inBadge;
    }

    @Override
    public String labelPrefix() {
        return "workKind";
    }
}
