package id.konsultasi.alert;

import java.util.List;

import id.konsultasi.notification.OutgoingMail;

/**
 * A notification to write for some people: its kind, the request or complaint it is about, what caused it (one cause
 * makes one notification per person and kind), the arguments of its text and the staff page it leads to.
 */
record Notice(long officeId, NoticeKind kind, Long subjectId, String cause, List<String> arguments, String link) {

    /** The text's arguments may not hold this character: it separates them on the way to the database. */
    static final char SEPARATOR = '\u001f';

    Notice {
        arguments = arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, ' ')).toList();
    }

    /** The cause of an event: its type and a digest of its content (as the outbox tells events apart). */
    static String causeOf(Object event) {
        return OutgoingMail.keyOf(event);
    }
}
