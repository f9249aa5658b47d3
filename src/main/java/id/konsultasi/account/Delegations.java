package id.konsultasi.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Delegations extends JpaRepository<Delegation, Long> {

    Page<Delegation> findByHeadIdOrderByStartsOnDescIdDesc(long headId, Pageable pageable);

    Optional<Delegation> findByIdAndHeadId(long id, long headId);

    Optional<Delegation> findByHeadIdAndFormKey(long headId, String formKey);

    /** The delegations in force on a day that let this person act (normally at most one). */
    @Query("""
            select d from Delegation d
            where d.deputyId = :deputyId and d.officeId = :officeId and d.revokedAt is null
              and d.startsOn <= :day and d.endsOn >= :day
            order by d.startsOn desc, d.id desc""")
    List<Delegation> activeFor(long deputyId, long officeId, LocalDate day);

    /** The delegations of an office in force on a day. */
    @Query("""
            select d from Delegation d
            where d.officeId = :officeId and d.revokedAt is null and d.startsOn <= :day and d.endsOn >= :day""")
    List<Delegation> activeIn(long officeId, LocalDate day);

    /** The head's delegations in force on some day of the range. */
    @Query("""
            select d from Delegation d
            where d.headId = :headId and d.revokedAt is null and d.startsOn <= :to and d.endsOn >= :from""")
    List<Delegation> overlapping(long headId, LocalDate from, LocalDate to);
}
