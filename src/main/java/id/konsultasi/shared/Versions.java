package id.konsultasi.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/** The version a form was shown with must still be the record's version when it comes back. */
public final class Versions {

    private Versions() {
    }

    public static void check(long current, Long submitted) {
        if (submitted == null || current != submitted) {
            throw new OptimisticLockingFailureException("changed by someone else (version " + current
                    + ", form had " + submitted + ")");
        }
    }
}
