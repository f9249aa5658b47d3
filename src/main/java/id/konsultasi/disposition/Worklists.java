package id.konsultasi.disposition;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.Channel;
import id.konsultasi.request.LateCounts;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestWorklist;
import id.konsultasi.request.WorklistCounts;
import id.konsultasi.request.WorklistCursor;
import id.konsultasi.request.WorklistFilter;
import id.konsultasi.request.WorklistLine;
import id.konsultasi.request.WorklistPage;
import id.konsultasi.shared.DueCounts;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head's dashboard and the division head's inbox: what waits for their decision, most urgent
 * first, with the answer-letter and consultation deadlines counted down in the office's working time;
 * the requests per status and what is late. The same few queries whatever the number of requests.
 */
@Service
@Transactional(readOnly = true)
public class Worklists {

    public static final int PAGE_SIZE = 25;

    private final RequestWorklist worklist;
    private final DispositionAccess access;
    private final OfficeDirectory offices;
    private final Divisions divisions;
    private final WorkingDayCalendar calendars;
    private final Clock clock;

    Worklists(RequestWorklist worklist, DispositionAccess access, OfficeDirectory offices, Divisions divisions,
              WorkingDayCalendar calendars, Clock clock) {
        this.worklist = worklist;
        this.access = access;
        this.offices = offices;
        this.divisions = divisions;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * What a list asks for: the view, the filters and the page, with the position the page follows
     * ({@code after}) or precedes ({@code before}) when a page link gave one (see {@link WorklistCursor}).
     */
    public record Query(WorklistView view, Channel channel, boolean urgentOnly, String text, int page,
                        WorklistCursor after, WorklistCursor before) {

        public Query {
            view = view == null ? WorklistView.WAITING : view;
            text = text == null ? "" : text.strip();
            page = Math.max(0, page);
        }

        public Query(WorklistView view, Channel channel, boolean urgentOnly, String text, int page) {
            this(view, channel, urgentOnly, text, page, null, null);
        }
    }

    /** One line: the request, its two countdowns, and the division it went to. */
    public record Row(WorklistLine request, Countdown answer, Countdown consultation, String divisionName) {
    }

    /**
     * A whole board: the page of rows, the requests per status and what is late, for the office or the
     * division; {@code acting} when an acting official looks at the head's board.
     */
    public record Board(Office office, Division division, WorklistPage<Row> rows, Map<RequestStatus, Long> counts,
                        long waiting, LateCounts late, ActingAuthority acting, Instant now) {

        public long count(RequestStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    /** The head's dashboard (or the acting official's, on the head's behalf). */
    public Board headBoard(StaffPrincipal staff, Query query) {
        ActingAuthority authority = access.requireHeadsDashboard(staff);
        return board(staff.requireOffice(), null, Set.of(RequestStatus.RECEIVED), query, authority);
    }

    /** The division head's inbox: what the head disposed to the division. */
    public Board divisionBoard(StaffPrincipal staff, Query query) {
        access.requireDivisionInbox(staff);
        return board(staff.requireOffice(), staff.divisionId(), Set.of(RequestStatus.DISPOSED), query, null);
    }

    /**
     * How many requests wait for the head's decision (or the acting official's, on the head's behalf), per state of
     * their first pending deadline as the dashboard counts it down ({@link Countdown}): one statement.
     */
    public DueCounts headWaiting(StaffPrincipal staff, DueCounts.Today today) {
        access.requireHeadsDashboard(staff);
        return worklist.dueCounts(staff.requireOffice(), null, RequestStatus.RECEIVED, today);
    }

    /** How many requests wait for the division head's assignment, the same way: one statement. */
    public DueCounts divisionWaiting(StaffPrincipal staff, DueCounts.Today today) {
        access.requireDivisionInbox(staff);
        return worklist.dueCounts(staff.requireOffice(), staff.divisionId(), RequestStatus.DISPOSED, today);
    }

    private Board board(long officeId, Long divisionId, Set<RequestStatus> waiting, Query query,
                        ActingAuthority authority) {
        Office office = offices.office(officeId);
        OfficeCalendar calendar = calendars.forOffice(office);
        Map<Long, Division> divisionsById = divisions.findByOfficeIdOrderByName(officeId).stream()
                .collect(Collectors.toMap(Division::getId, Function.identity()));
        Instant now = clock.instant();
        Set<RequestStatus> statuses = switch (query.view()) {
            case WAITING -> waiting;
            case LATE -> Set.of();
            case OPEN -> RequestStatus.open();
        };
        WorklistFilter filter = new WorklistFilter(officeId, statuses, divisionId, query.channel(), query.urgentOnly(),
                query.view() == WorklistView.LATE, now, query.text());
        WorklistCounts counts = worklist.counts(officeId, divisionId, now);
        WorklistPage<Row> rows = worklist.find(filter, new RequestWorklist.PageRequest(query.page(), PAGE_SIZE,
                query.after(), query.before()), counts).map(r -> new Row(r,
                r.status().awaitsAnswerLetter() ? Countdown.of(r.answerDueAt(), now, calendar) : null,
                r.status().awaitsConsultation() ? Countdown.of(r.consultationDueAt(), now, calendar) : null,
                r.divisionId() == null || !divisionsById.containsKey(r.divisionId()) ? null
                        : divisionsById.get(r.divisionId()).getName()));
        long waitingCount = waiting.stream().mapToLong(counts::count).sum();
        return new Board(office, divisionId == null ? null : divisionsById.get(divisionId), rows, counts.perStatus(),
                waitingCount, counts.late(), authority, now);
    }
}
