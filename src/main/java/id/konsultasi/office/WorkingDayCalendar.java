package id.konsultasi.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Builds the {@link OfficeCalendar} of an office from its hours, its time zone and the holidays it observes. */
@Service
public class WorkingDayCalendar {

    /** Holidays are loaded for this many years either side of today; deadlines never reach further. */
    private static final int YEARS = 2;

    private final OfficeDirectory directory;
    private final Holidays holidays;
    private final Clock clock;

    WorkingDayCalendar(OfficeDirectory directory, Holidays holidays, Clock clock) {
        this.directory = directory;
        this.holidays = holidays;
        this.clock = clock;
    }

    public OfficeCalendar forOffice(long officeId) {
        return forOffice(directory.office(officeId));
    }

    /** The office's calendar as of today, kept in memory with the office (forgotten when an office or holiday changes). */
    public OfficeCalendar forOffice(Office office) {
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        return directory.keep("calendar:" + office.getId() + ":" + today, () -> build(office, today));
    }

    private OfficeCalendar build(Office office, LocalDate today) {
        Set<LocalDate> daysOff = holidays.observedBy(office.getId(), today.minusYears(YEARS), today.plusYears(YEARS))
                .stream().map(Holiday::getDate).collect(Collectors.toSet());
        return new OfficeCalendar(office.zone(), office.getWorkStart(), office.getWorkEnd(), daysOff);
    }
}
