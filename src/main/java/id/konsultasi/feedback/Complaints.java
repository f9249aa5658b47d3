package id.konsultasi.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.crypto.TrackingTokens;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, Long> {

    /** With its history: the whole complaint, for one page (a query: Hibernate keeps its SQL, not a graph's). */
    @Query("select c from Complaint c left join fetch c.history where c.trackingTokenHash = ?1")
    Optional<Complaint> findByTrackingTokenHash(String trackingTokenHash);

    /** The complaint of a tracking link (found by the token's hash, the only form of it the lookup sees). */
    default Optional<Complaint> findByTrackingToken(String trackingToken) {
        return findByTrackingTokenHash(TrackingTokens.hash(trackingToken));
    }

    /** With its history: the whole complaint, for one page. */
    @Query("select c from Complaint c left join fetch c.history where c.id = ?1")
    Optional<Complaint> findWholeById(long id);

    Optional<Complaint> findByOfficeIdAndIdempotencyKey(long officeId, String idempotencyKey);

    @Query("""
            select c.number from Complaint c
            where c.officeId = :officeId and upper(c.laporNumber) = upper(:laporNumber)""")
    Optional<String> numberWithLaporNumber(long officeId, String laporNumber);

    /**
     * The office's complaints still to answer (received or in progress) as late ({@link Complaint#isOverdue}: past
     * their deadline), due today (before the end of the office's day) and on time: one row of three counts.
     */
    @Query("""
            select count(case when c.dueAt < :now then 1 end),
                   count(case when c.dueAt >= :now and c.dueAt < :endOfToday then 1 end),
                   count(case when c.dueAt >= :endOfToday then 1 end)
            from Complaint c
            where c.officeId = :officeId and c.status in (id.konsultasi.feedback.ComplaintStatus.RECEIVED,
                                                          id.konsultasi.feedback.ComplaintStatus.IN_PROGRESS)""")
    List<Object[]> toAnswer(long officeId, Instant now, Instant endOfToday);

    /** The office's complaints, newest first, optionally of one status or only the overdue ones. */
    @Query(value = """
            select new id.konsultasi.feedback.ComplaintRow(c.id, c.number, c.receivedAt, c.source, c.subject, c.status,
                   c.dueAt, c.answeredAt, c.anonymous,
                   case when c.anonymous = true then null else c.complainantName end)
            from Complaint c
            where c.officeId = :officeId
              and (:status is null or c.status = :status)
              and (:overdue = false or (c.status in (id.konsultasi.feedback.ComplaintStatus.RECEIVED,
                                                      id.konsultasi.feedback.ComplaintStatus.IN_PROGRESS)
                                        and c.dueAt < :now))
            order by c.receivedAt desc, c.id desc""",
            countQuery = """
            select count(c) from Complaint c
            where c.officeId = :officeId
              and (:status is null or c.status = :status)
              and (:overdue = false or (c.status in (id.konsultasi.feedback.ComplaintStatus.RECEIVED,
                                                      id.konsultasi.feedback.ComplaintStatus.IN_PROGRESS)
                                        and c.dueAt < :now))""")
    Page<ComplaintRow> list(long officeId, ComplaintStatus status, boolean overdue, Instant now, Pageable pageable);

    /** The open complaints of an office due in [from, to): their id and number. */
    @Query("""
            select c.id as id, c.number as number from Complaint c
            where c.officeId = :officeId and c.status in :open and c.dueAt >= :from and c.dueAt < :to
            order by c.dueAt""")
    List<ComplaintDeadlines.DueComplaint> dueBetween(long officeId, Collection<ComplaintStatus> open,
                                                     Instant from, Instant to);

    @Query("""
            select new id.konsultasi.feedback.ComplaintAgendaLine(c.id, c.agendaNumber, c.agendaRegisteredAt, c.number,
                   case when c.anonymous then null else c.complainantName end, c.subject, c.status)
            from Complaint c
            where c.officeId = :officeId and c.agendaNumber is not null
              and c.agendaRegisteredAt >= :from and c.agendaRegisteredAt < :to
            order by c.agendaRegisteredAt, c.id""")
    List<ComplaintAgendaLine> agendaLines(long officeId, Instant from, Instant to);
}
