package id.konsultasi.consultation;

import java.time.Instant;

/**
 * The one lateness rule of the Laporan Hasil Konsultasi, for the consultation's own pages and lists and for
 * the office's reports. The report is due at closing time of the office's N-th working day after the
 * consultation's actual end, N being the office's setting in force when the consultation was recorded as
 * held; that moment is stored with the record and never computed again (a later setting, or recording the
 * consultation days after it took place, changes nothing). A report first filed after it was
 * {@link Outcome#FILED_LATE filed late}; one not filed with the moment passed is {@link Outcome#OVERDUE overdue};
 * a report returned for corrections is judged by its first filing and is not late again. The lists find the
 * overdue ones in the database with the same rule (recorded as held, never filed, due before now).
 *
 * @param dueAt        when the report is due; null while the consultation is not recorded as held
 * @param firstFiledAt when the report was filed the first time; null while it never was
 */
record ReportDeadline(Instant dueAt, Instant firstFiledAt) {

    public enum Outcome {
        /** not held yet, or held and still within its deadline */
        PENDING,
        ON_TIME,
        FILED_LATE,
        OVERDUE
    }

    public Outcome outcome(Instant now) {
        if (dueAt == null) {
            return Outcome.PENDING;
        }
        if (firstFiledAt != null) {
            return firstFiledAt.isAfter(dueAt) ? Outcome.FILED_LATE : Outcome.ON_TIME;
        }
        return now.isAfter(dueAt) ? Outcome.OVERDUE : Outcome.PENDING;
    }

    /** Not filed, and its deadline has passed. */
    public boolean isOverdue(Instant now) {
        return outcome(now) == Outcome.OVERDUE;
    }

    /** First filed after its deadline. */
    public boolean isFiledLate() {
        return dueAt != null && firstFiledAt != null && firstFiledAt.isAfter(dueAt);
    }
}
