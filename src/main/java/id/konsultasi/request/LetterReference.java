package id.konsultasi.request;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The letter a request arrived with: its own number and date, and the day the office received it. */
@Embeddable
public record LetterReference(@Column(name = "letter_number") String number,
                              @Column(name = "letter_date") LocalDate date,
                              @Column(name = "letter_received_on") LocalDate receivedOn) {
}
