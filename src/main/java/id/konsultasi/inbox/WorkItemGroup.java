package id.konsultasi.inbox;

import id.konsultasi.shared.DueCounts;

/** The items of one kind that wait for someone: how many, and how many of them are on time, due today and late. */
public record WorkItemGroup(WorkKind kind, DueCounts counts) {

    /** A kind without deadlines of its own: only how many. */
    public static WorkItemGroup counted(WorkKind kind, long count) {
        return new WorkItemGroup(kind, new DueCounts(count, 0, 0));
    }

    public long count() {
        return counts.total();
    }

    public String link() {
        return kind.path();
    }
}
