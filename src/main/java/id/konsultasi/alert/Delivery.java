package id.konsultasi.alert;

import id.konsultasi.shared.Labelled;

/** How a person is mailed about a kind of notification; the bell shows every notification whatever is chosen. */
public enum Delivery implements Labelled {
    /** a mail at once, in the same transaction as the notification */
    IMMEDIATE,
    /** in the morning digest of the next working day */
    DIGEST,
    /** in the bell only */
    NEVER;

    @Override
    public String labelPrefix() {
        return "alert.delivery";
    }
}
