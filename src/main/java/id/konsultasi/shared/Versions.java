package id.konsultasi.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The version a form was shown with must still be the record's version when it comes back; a form without one
 * was not sent by a page of this application (a 400, not the "someone changed this" page).
 */
public final class Versions {

    private Versions() {
    }

    public static void check(long current, Long submitted) {
        if (submitted == null) {
            throw new MalformedInput("a form without the version it was shown with (the record has " + current + ")");
        }
        if (current != submitted) {
            throw new OptimisticLockingFailureException("changed by someone else (version " + current
                    + ", form had " + submitted + ")");
        }
    }
}
