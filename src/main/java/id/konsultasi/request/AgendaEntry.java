package id.konsultasi.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the agenda book (the register of incoming consultation requests): the agenda number, when
 * it was given, how the request came, from whom, and the letter's own number and dates when it came as
 * a letter.
 */
public record AgendaEntry(long requestId, String agendaNumber, Instant registeredAt, Channel channel,
                          String applicantName, String institution, String letterNumber, LocalDate letterDate,
                          LocalDate letterReceivedOn, String topic, String receiptNumber, RequestStatus status,
                          boolean urgent) {

    /** The sender as the book writes it: the institution when there is one, else the person. */
    public String sender() {
        return institution == null ? applicantName : institution + " (" + applicantName + ")";
    }
}
