package id.konsultasi.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Holidays extends JpaRepository<Holiday, Long> {

    /** National days and the office's own days in a range, oldest first. */
    @Query("""
            select h from Holiday h
            where (h.officeId is null or h.officeId = :officeId) and h.date between :from and :to
            order by h.date""")
    List<Holiday> observedBy(long officeId, LocalDate from, LocalDate to);

    @Query("select h from Holiday h where h.officeId is null and h.date between :from and :to order by h.date")
    List<Holiday> national(LocalDate from, LocalDate to);

    Optional<Holiday> findByIdAndOfficeId(long id, long officeId);

    Optional<Holiday> findByIdAndOfficeIdIsNull(long id);

    boolean existsByOfficeIdAndDate(long officeId, LocalDate date);

    boolean existsByOfficeIdIsNullAndDate(LocalDate date);
}
