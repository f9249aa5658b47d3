package id.konsultasi.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link OfficeCalendar} of an office from its hours, its time zone and the holidays it observes. */
@Service
public class WorkingDayCalendar {

    /** Holidays are loaded for this many years either side of today; deadlines never reach further. */
    private static final int YEARS = 2;

    private final Offices offices;
    private final Holidays holidays;
    private final Clock clock;

    WorkingDayCalendar(Offices offices, Holidays holidays, Clock clock) {
        this.offices = offices;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OfficeCalendar forOffice(long officeId) {
        return forOffice(offices.require(officeId));
    }

    @Transactional(readOnly = true)
    public OfficeCalendar forOffice(Office office) {
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        Set<LocalDate> daysOff = holidays.observedBy(office.getId(), today.minusYears(YEARS), today.plusYears(YEARS))
                .stream().map(Holiday::getDate).collect(Collectors.toSet());
        return new OfficeCalendar(office.zone(), office.getWorkStart(), office.getWorkEnd(), daysOff);
    }
}
