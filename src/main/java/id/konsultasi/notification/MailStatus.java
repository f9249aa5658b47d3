package id.konsultasi.notification;

import id.konsultasi.shared.Labelled;

/** Where a mail of the outbox stands. */
public enum MailStatus implements Labelled {
    /** waiting for the sender job, at its next attempt time */
    PENDING,
    /** accepted by the SMTP server */
    SENT,
    /** given up after the last attempt, or not sendable at all; an administrator may send it again */
    FAILED;

    @Override
    public String labelPrefix() {
        return "mailStatus";
    }
}
