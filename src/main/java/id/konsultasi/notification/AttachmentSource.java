package id.konsultasi.notification;

/**
 * Makes an attachment when its mail is sent ({@link OutgoingMail.Attachment#madeWhenSent}): a file costly to make,
 * such as a PDF, is then not made on the request that caused the mail, but by the outbox's sender, once.
 * Implemented by the module that owns the file (a bean); called inside the sender's transaction.
 */
public interface AttachmentSource {

    /** The name mails give to find this source, e.g. {@code "receipt"}. */
    String name();

    /** The file for the reference the mail was given, e.g. a request's id. */
    byte[] make(String reference);
}
