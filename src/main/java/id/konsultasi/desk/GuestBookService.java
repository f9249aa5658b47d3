package id.konsultasi.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.PrivacyProperties;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.security.StaffPrincipal;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The guest book: the visits of a period, searched, and the NIK typed at the desk forgotten in time. */
@Service
public class GuestBookService {

    private static final Logger log = LoggerFactory.getLogger(GuestBookService.class);

    private final GuestVisits visits;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final PrivacyProperties privacy;
    private final Clock clock;

    GuestBookService(GuestVisits visits, Offices offices, WorkingDayCalendar calendars, PrivacyProperties privacy,
                     Clock clock) {
        this.visits = visits;
        this.offices = offices;
        this.calendars = calendars;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** The guest book of a period, searched by name, institution, phone, purpose or receipt number. */
    @Transactional(readOnly = true)
    public GuestBook guestBook(StaffPrincipal staff, Period range, String query, Pageable pageable) {
        DeskRoles.requireDesk(staff);
        Office office = offices.require(staff.requireOffice());
        OfficeCalendar calendar = calendars.forOffice(office);
        Integer limit = office.getStandard().limits().walkInMinutes();
        Instant now = clock.instant();
        String q = query == null ? "" : query.trim();
        String phone = PhoneNumbers.searchDigits(q);
        var page = visits.guestBook(office.getId(), range.start(office.zone()), range.end(office.zone()),
                        phone.isEmpty() ? q : phone, pageable)
                .map(v -> new GuestBook.Line(v, WaitingTime.of(calendar, v.getArrivedAt(),
                        v.getServedAt() != null ? v.getServedAt() : v.getLeftAt(), now, limit)));
        return new GuestBook(range, q, office.zone(), office.getZoneAbbreviation(), limit, page);
    }

    /**
     * The NIK typed at the desk is kept as long as the personal data of a request (UU 27/2022), then deleted;
     * the guest book entry stays. (Void: ShedLock cannot lock a method that returns a primitive.)
     */
    @Scheduled(cron = "0 40 1 * * *")
    @SchedulerLock(name = "guest-book-nik-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetOldNiks() {
        Instant now = clock.instant();
        int forgotten = visits.forgetNiksBefore(now.minus(Duration.ofDays(privacy.retentionDays())), now);
        if (forgotten > 0) {
            log.info("Deleted the NIK of {} guest book entries past the retention period", forgotten);
        }
    }
}
