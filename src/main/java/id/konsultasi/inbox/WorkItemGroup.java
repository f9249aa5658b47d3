package id.konsultasi.inbox;

import id.konsultasi.shared.DueCounts;

/** The items of one kind that wait for someone: how many, and how many of them are on time, due today and late. */
public record WorkItemGroup(WorkKind kind, DueCounts counts) {

    public long count() {
        return counts.total();
    }

    public String link() {
        return kind.path();
    }
}
