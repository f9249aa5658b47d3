package id.konsultasi.feedback;

import id.konsultasi.shared.YearlyCounters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly complaint numbers per office, on the office's yearly counters ({@link YearlyCounters}) like the
 * receipt numbers: concurrent complaints queue for the counter row and a rolled-back complaint gives its number
 * back. No gaps, no duplicates.
 */
@Component
class ComplaintNumbers {

    static final String COMPLAINT = "COMPLAINT";

    private final YearlyCounters counters;

    ComplaintNumbers(YearlyCounters counters) {
        this.counters = counters;
    }

    /** e.g. {@code ADU/BTN/2026/0007} */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(long officeId, String prefix, int year) {
        return "ADU/%s/%d/%04d".formatted(prefix, year, counters.next(officeId, COMPLAINT, year));
    }
}
