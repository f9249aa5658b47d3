package id.konsultasi.desk;

import java.time.Instant;
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
 * standard routes complaints through the book, the complaints registered among this page's letters
 * are its lines too, in one sequence ({@link #lines()}); {@code complaintCount} counts them in the whole period.
 */
public record AgendaBook(Period range, ZoneId zone, String zoneAbbreviation, Page<AgendaEntry> entries,
                         List<ComplaintAgendaLine> complaints, long complaintCount) {

    /**
     * Where a line stands in the book: by the moment it was registered (the order of the letters' pages), then, for
     * one registered at the same moment, by its agenda number ({@code 0042/BBL/2026}: the digits of year and number).
     */
    record Place(Instant at, String agendaNumber) implements Comparable<Place> {

        private static final Comparator<Place> ORDER = Comparator.comparing(Place::at)
                .thenComparingLong(p -> digits(p.agendaNumber.substring(p.agendaNumber.lastIndexOf('/') + 1)))
                .thenComparingLong(p -> digits(p.agendaNumber.split("/", 2)[0]));

        static Place of(AgendaEntry request) {
            return new Place(request.registeredAt(), request.agendaNumber());
        }

        static Place of(ComplaintAgendaLine complaint) {
            return new Place(complaint.registeredAt(), complaint.agendaNumber());
        }

        private static long digits(String part) {
            String digits = part.replaceAll("\\D", "");
            return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
        }

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    public AgendaBook {
        complaints = List.copyOf(complaints);
    }

    /**
     * The page with the period's complaints registered among its letters: from its first letter (from the start on
     * the first page) to {@code nextPageStartsWith}, the next page's first letter (to the end on the last page).
     * The letters' pages run in the order of registration, so each complaint is on one page.
     */
    static AgendaBook of(Period range, ZoneId zone, String zoneAbbreviation, Page<AgendaEntry> entries,
                         List<ComplaintAgendaLine> periodsComplaints, AgendaEntry nextPageStartsWith) {
        Place from = entries.getNumber() == 0 || entries.isEmpty() ? null : Place.of(entries.getContent().get(0));
        Place to = nextPageStartsWith == null ? null : Place.of(nextPageStartsWith);
        boolean beyondTheLastPage = entries.getNumber() > 0 && entries.isEmpty();
        List<ComplaintAgendaLine> onThisPage = beyondTheLastPage ? List.of() : periodsComplaints.stream()
                .filter(c -> from == null || Place.of(c).compareTo(from) >= 0)
                .filter(c -> to == null || Place.of(c).compareTo(to) < 0)
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
     * registered after it.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        Deque<ComplaintAgendaLine> waiting = new ArrayDeque<>(complaints.stream()
                .sorted(Comparator.comparing(Place::of)).toList());
        for (AgendaEntry request : entries.getContent()) {
            while (!waiting.isEmpty() && Place.of(waiting.peek()).compareTo(Place.of(request)) < 0) {
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
