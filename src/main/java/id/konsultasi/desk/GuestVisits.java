package id.konsultasi.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface GuestVisits extends JpaRepository<GuestVisit, Long> {

    Optional<GuestVisit> findByOfficeIdAndFormKey(long officeId, String formKey);

    Optional<GuestVisit> findByIdAndOfficeId(long id, long officeId);

    default GuestVisit requireInOffice(long id, long officeId) {
        return findByIdAndOfficeId(id, officeId).orElseThrow(() -> new NotFoundException("guest visit " + id));
    }

    /** The board: guests who arrived since the given moment and have not left; the urgent first, then by arrival. */
    @Query("""
            select v from GuestVisit v
            where v.officeId = :officeId and v.leftAt is null and v.arrivedAt >= :since
            order by v.urgent desc, v.arrivedAt""")
    List<GuestVisit> onBoard(long officeId, Instant since, Pageable pageable);

    /** When the guests still waiting on the board (not led in, not gone) arrived, the earliest first. */
    @Query("""
            select v.arrivedAt from GuestVisit v
            where v.officeId = :officeId and v.leftAt is null and v.servedAt is null and v.arrivedAt >= :since
            order by v.arrivedAt""")
    List<Instant> waitingSince(long officeId, Instant since, Pageable pageable);

    /** The same, of the guests routed to one officer. */
    @Query("""
            select v.arrivedAt from GuestVisit v
            where v.officeId = :officeId and v.officerId = :officerId and v.leftAt is null and v.servedAt is null
              and v.arrivedAt >= :since
            order by v.arrivedAt""")
    List<Instant> waitingSinceFor(long officeId, long officerId, Instant since, Pageable pageable);

    /** The guest book of a period, in the order the guests arrived, optionally matching a search. */
    @Query(value = """
            select v from GuestVisit v
            where v.officeId = :officeId and v.arrivedAt >= :from and v.arrivedAt < :to
              and (:query = '' or lower(v.guestName) like lower(concat('%', :query, '%'))
                   or lower(v.institution) like lower(concat('%', :query, '%'))
                   or v.phone like concat('%', :query, '%')
                   or lower(v.purpose) like lower(concat('%', :query, '%'))
                   or upper(v.receiptNumber) like upper(concat('%', :query, '%')))
            order by v.arrivedAt, v.id""",
            countQuery = """
            select count(v) from GuestVisit v
            where v.officeId = :officeId and v.arrivedAt >= :from and v.arrivedAt < :to
              and (:query = '' or lower(v.guestName) like lower(concat('%', :query, '%'))
                   or lower(v.institution) like lower(concat('%', :query, '%'))
                   or v.phone like concat('%', :query, '%')
                   or lower(v.purpose) like lower(concat('%', :query, '%'))
                   or upper(v.receiptNumber) like upper(concat('%', :query, '%')))""")
    Page<GuestVisit> guestBook(long officeId, Instant from, Instant to, String query, Pageable pageable);

    /** Deletes the NIK of entries older than the retention period. */
    @Modifying
    @Query("""
            update GuestVisit v set v.nikEncrypted = null, v.nikPurgedAt = :now, v.version = v.version + 1
            where v.arrivedAt < :before and v.nikEncrypted is not null""")
    int forgetNiksBefore(Instant before, Instant now);
}
