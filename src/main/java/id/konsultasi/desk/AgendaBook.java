package id.konsultasi.desk;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import id.konsultasi.feedback.ComplaintAgendaLine;
import id.konsultasi.request.AgendaEntry;
import id.konsultasi.shared.Period;

import org.springframework.data.domain.Page;

/**
 * A page of the agenda book of a period, with the office's time zone to show the moments in. Where the office's
 * standard routes complaints through the book (issue 18: names), the complaints whose agenda numbers fall among this
 * page's letters are its lines too, in one sequence ({@link #lines()}); {@code complaintCount} counts them in the
 * whole period.
 */
public record AgendaBook(Period range, ZoneId zone, String zoneAbbreviation, Page<AgendaEntry> entries,
                         List<ComplaintAgendaLine> complaints, long complaintCount) {

    /**
     * Agenda numbers in their order: by year, then by the number in the year ({@code 0042/BBL/2026}); the digits of
     * each part count, so that a number written otherwise (an import's) still has a place.
     */
    static final Comparator<String> IN_SEQUENCE = Comparator
            .comparingLong((String number) -> digits(number.substring(number.lastIndexOf('/') + 1)))
            .thenComparingLong(number -> digits(number.indexOf('/') < 0 ? number : number.substring(0, number.indexOf('/'))));

    private static long digits(String part) {
        String digits = part.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
    }

    public AgendaBook {
        complaints = List.copyOf(complaints);
    }

    /**
     * The page with the complaints of the period that fall among its letters: from its first letter's agenda number
     * (from the start on the first page) to {@code nextPageStartsAt}, the next page's first (to the end on the last).
     */
    static AgendaBook of(Period range, ZoneId zone, String zoneAbbreviation, Page<AgendaEntry> entries,
                         List<ComplaintAgendaLine> periodsComplaints, String nextPageStartsAt) {
        String from = entries.getNumber() == 0 || entries.isEmpty() ? null : entries.getContent().get(0).agendaNumber();
        boolean beyondTheLastPage = entries.getNumber() > 0 && entries.isEmpty();
        List<ComplaintAgendaLine> onThisPage = beyondTheLastPage ? List.of() : periodsComplaints.stream()
                .filter(c -> from == null || IN_SEQUENCE.compare(c.agendaNumber(), from) >= 0)
                .filter(c -> nextPageStartsAt == null || IN_SEQUENCE.compare(c.agendaNumber(), nextPageStartsAt) < 0)
                .toList();
        return new AgendaBook(range, zone, zoneAbbreviation, entries, onThisPage, periodsComplaints.size());
    }

    /** One line of the book: a request or a complaint. */
    public record Line(AgendaEntry request, ComplaintAgendaLine complaint) {

        public String agendaNumber() {
            return request != null ? request.agendaNumber() : complaint.agendaNumber();
        }

    }

    /**
     * The requests of this page in their order of registration, each complaint among them before the first request
     * whose agenda number comes after its own.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        Deque<ComplaintAgendaLine> waiting = new ArrayDeque<>(complaints.stream()
                .sorted(Comparator.comparing(ComplaintAgendaLine::agendaNumber, IN_SEQUENCE)).toList());
        for (AgendaEntry request : entries.getContent()) {
            while (!waiting.isEmpty() && IN_SEQUENCE.compare(waiting.peek().agendaNumber(), request.agendaNumber()) < 0) {
                lines.add(new Line(null, waiting.poll()));
            }
            lines.add(new Line(request, null));
        }
        waiting.forEach(c -> lines.add(new Line(null, c)));
        return lines;
    }

    /** Whether the period has no line at all. */
    public boolean isEmpty() {
        return entries.getTotalElements() == 0 && complaintCount == 0;
    }
}
