package id.konsultasi.feedback;

import id.konsultasi.request.RequestNumbers;
import id.konsultasi.shared.YearlyCounters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly complaint numbers per office, on the office's yearly counters ({@link YearlyCounters}) like the
 * receipt numbers: concurrent complaints queue for the counter row and a rolled-back complaint gives its number
 * back. No gaps, no duplicates. Where the office's standard routes complaints through the agenda book, a complaint
 * also takes the next number of the letters' agenda book ({@link RequestNumbers#nextAgendaNumber}).
 */
@Component
class ComplaintNumbers {

    static final String COMPLAINT = "COMPLAINT";

    private final YearlyCounters counters;
    private final RequestNumbers requestNumbers;

    ComplaintNumbers(YearlyCounters counters, RequestNumbers requestNumbers) {
        this.counters = counters;
        this.requestNumbers = requestNumbers;
    }

    /** e.g. {@code ADU/BTN/2026/0007} */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(long officeId, String prefix, int year) {
        return "ADU/%s/%d/%04d".formatted(prefix, year, counters.next(officeId, COMPLAINT, year));
    }

    /** The next number of the office's agenda book, in one sequence with the letters: e.g. {@code 0043/BBL/2026}. */
    @Transactional(propagation = Propagation.MANDATORY)
    String nextAgendaNumber(long officeId, String prefix, int year) {
        return requestNumbers.nextAgendaNumber(officeId, prefix, year);
    }
}
