package id.konsultasi.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.ExpiringCache;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's public performance page: the periods its head published, each with its figures and the head's text;
 * and the head's side, the recent periods with the figures they would publish.
 *
 * <p>The figures are the office's report for the period ({@link ReportService}, whose IKM is the feedback
 * module's {@code SatisfactionIndex}, the one the IKM page shows), kept in memory per office and period for
 * {@code konsultasi.performance.cache-ttl} and dropped when the head publishes or withdraws that period: a
 * page whose periods are all kept costs two statements (the office, its publications), however many periods.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceService {

    private final PerformancePublications publications;
    private final ReportService reports;
    private final Offices offices;
    private final Clock clock;
    private final int minRespondents;
    /** per office and period; past 5,000 (offices &times; periods a year &times; years) it starts afresh */
    private final ExpiringCache<Key, PerformanceFigures> cache;

    PerformanceService(PerformancePublications publications, ReportService reports, Offices offices, Clock clock,
                       @Value("${konsultasi.performance.min-respondents:30}") int minRespondents,
                       @Value("${konsultasi.performance.cache-ttl:10m}") Duration ttl) {
        this.publications = publications;
        this.reports = reports;
        this.offices = offices;
        this.clock = clock;
        this.minRespondents = minRespondents;
        this.cache = new ExpiringCache<>(ttl, 5_000);
    }

    /** The fewest respondents with which a period shows its IKM. */
    public int minRespondents() {
        return minRespondents;
    }

    /** The published periods of an office, newest first. */
    public List<PublishedPerformance> published(long officeId) {
        return publications.published(officeId).stream()
                .map(p -> new PublishedPerformance(p.period(), figures(officeId, p.period()), p.followUp(),
                        p.publishedAt()))
                .sorted((a, b) -> PerformancePeriod.NEWEST_FIRST.compare(a.period(), b.period()))
                .toList();
    }

    /**
     * For the head: the periods of this year and the last that have begun, and any other period ever written,
     * each with its figures, its text and whether it is published; newest first.
     */
    public List<PublishedPerformance> periods(StaffPrincipal head) {
        long officeId = requireHead(head);
        LocalDate today = LocalDate.now(clock.withZone(offices.require(officeId).zone()));
        Map<PerformancePeriod, PerformancePublication> written = new java.util.HashMap<>();
        publications.findByOfficeId(officeId).forEach(p -> written.put(p.period(), p));
        List<PerformancePeriod> periods = new ArrayList<>(written.keySet());
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (Integer quarter : new Integer[]{null, 1, 2, 3, 4}) {
                PerformancePeriod period = new PerformancePeriod(year, quarter);
                if (!period.first().isAfter(today) && !written.containsKey(period)) {
                    periods.add(period);
                }
            }
        }
        periods.sort(PerformancePeriod.NEWEST_FIRST);
        return periods.stream().map(period -> {
            PerformancePublication p = written.get(period);
            return new PublishedPerformance(period, figures(officeId, period), p == null ? null : p.followUp(),
                    p == null ? null : p.publishedAt());
        }).toList();
    }

    /** Whether a period may be published today: it has begun. */
    public boolean hasBegun(long officeId, PerformancePeriod period) {
        return !period.first().isAfter(LocalDate.now(clock.withZone(offices.require(officeId).zone())));
    }

    /** The head publishes a period of the own office with what the office changed in response. */
    @Transactional
    public void publish(StaffPrincipal head, PerformancePeriod period, String followUp) {
        long officeId = requireHead(head);
        if (!hasBegun(officeId, period)) {
            throw new IllegalArgumentException("a period is published once it has begun");
        }
        PerformancePublication publication = publications.find(officeId, period)
                .orElseGet(() -> new PerformancePublication(officeId, period));
        publication.publish(followUp, head.id(), clock.instant());
        publications.save(publication);
        cache.forget(new Key(officeId, period));
    }

    /** The head takes a period of the own office off the public page. */
    @Transactional
    public void withdraw(StaffPrincipal head, PerformancePeriod period) {
        long officeId = requireHead(head);
        publications.find(officeId, period).ifPresent(PerformancePublication::withdraw);
        cache.forget(new Key(officeId, period));
    }

    /** The figures of a period, from the cache while fresh. */
    PerformanceFigures figures(long officeId, PerformancePeriod period) {
        return cache.get(new Key(officeId, period),
                () -> PerformanceFigures.of(period, reports.report(officeId, period.period()), minRespondents));
    }

    private static long requireHead(StaffPrincipal staff) {
        if (!staff.has(Role.KADIS)) {
            throw new AccessDeniedException("only the head of office publishes the performance");
        }
        return staff.requireOffice();
    }

    private record Key(long officeId, PerformancePeriod period) {
    }

}
