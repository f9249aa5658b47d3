package id.konsultasi.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PerformancePublications extends JpaRepository<PerformancePublication, Long> {

    List<PerformancePublication> findByOfficeId(long officeId);

    @Query("select p from PerformancePublication p where p.officeId = ?1 and p.publishedAt is not null")
    List<PerformancePublication> published(long officeId);

    Optional<PerformancePublication> findByOfficeIdAndYearAndQuarter(long officeId, int year, Integer quarter);

    Optional<PerformancePublication> findByOfficeIdAndYearAndQuarterIsNull(long officeId, int year);

    default Optional<PerformancePublication> find(long officeId, PerformancePeriod period) {
        return period.wholeYear() ? findByOfficeIdAndYearAndQuarterIsNull(officeId, period.year())
                : findByOfficeIdAndYearAndQuarter(officeId, period.year(), period.quarter());
    }
}
