package id.konsultasi.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.crypto.TrackingTokens;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRequests extends JpaRepository<ConsultationRequest, Long> {

    /**
     * With its history and assignees: the whole request, for one page. Fetched by a query rather than an entity
     * graph: Hibernate keeps the SQL of a query, but translates one with a graph again on every call.
     */
    @Query("""
            select r from ConsultationRequest r left join fetch r.history left join fetch r.assigneeIds
            where r.trackingTokenHash = ?1""")
    Optional<ConsultationRequest> findByTrackingTokenHash(String trackingTokenHash);

    /** The request of a tracking link (found by the token's hash, the only form of it the lookup sees). */
    default Optional<ConsultationRequest> findByTrackingToken(String trackingToken) {
        return findByTrackingTokenHash(TrackingTokens.hash(trackingToken));
    }

    /** With its history and assignees: the whole request, for one page (a query, as above). */
    @Query("""
            select r from ConsultationRequest r left join fetch r.history left join fetch r.assigneeIds
            where r.id = ?1""")
    Optional<ConsultationRequest> findWholeById(long id);

    Optional<ConsultationRequest> findByOfficeIdAndIdempotencyKey(long officeId, String idempotencyKey);

    Optional<ConsultationRequest> findByIdAndOfficeId(long id, long officeId);

    @Query("select r from ConsultationRequest r where upper(r.receiptNumber) = upper(:receiptNumber)")
    List<ConsultationRequest> findByReceiptNumber(String receiptNumber);

    /** The requests of this receipt number whose applicant gave this e-mail address (usually one, or none). */
    @Query("""
            select r.id from ConsultationRequest r
            where upper(r.receiptNumber) = upper(:receiptNumber) and lower(r.applicant.email) = lower(:email)""")
    List<Long> findIdsByReceiptNumberAndEmail(String receiptNumber, String email);

    /** The office's requests, newest first, optionally of one status and matching a search. */
    @Query(value = """
            select r from ConsultationRequest r
            where r.officeId = :officeId
              and (:status is null or r.status = :status)
              and (:query = '' or upper(r.receiptNumber) like upper(concat('%', :query, '%'))
                   or lower(r.applicant.name) like lower(concat('%', :query, '%'))
                   or lower(r.topic) like lower(concat('%', :query, '%')))
            order by r.submittedAt desc""",
            countQuery = """
            select count(r) from ConsultationRequest r
            where r.officeId = :officeId
              and (:status is null or r.status = :status)
              and (:query = '' or upper(r.receiptNumber) like upper(concat('%', :query, '%'))
                   or lower(r.applicant.name) like lower(concat('%', :query, '%'))
                   or lower(r.topic) like lower(concat('%', :query, '%')))""")
    Page<ConsultationRequest> search(long officeId, RequestStatus status, String query, Pageable pageable);

    /** Requests an officer is assigned to, in some statuses, the most pressing first. */
    @Query("""
            select r from ConsultationRequest r join r.assigneeIds a
            where a = :staffId and r.status in :statuses
            order by r.consultationDueAt asc nulls last, r.submittedAt asc""")
    List<ConsultationRequest> assignedTo(long staffId, java.util.Collection<RequestStatus> statuses, Pageable pageable);

    /**
     * The requests an officer has to schedule: assigned to them, except the urgent walk-ins served at once
     * ({@link ConsultationRequest#isServedAtOnce()}); the most pressing first.
     */
    @Query("""
            select r from ConsultationRequest r join r.assigneeIds a
            where a = :staffId and r.status = id.konsultasi.request.RequestStatus.ASSIGNED
              and not (r.channel = id.konsultasi.request.Channel.WALK_IN and r.urgent = true)
            order by r.consultationDueAt asc nulls last, r.submittedAt asc""")
    List<ConsultationRequest> toSchedule(long staffId, Pageable pageable);

    /** The urgent walk-ins assigned to an officer and served at once, not scheduled; the oldest first. */
    @Query("""
            select r from ConsultationRequest r join r.assigneeIds a
            where a = :staffId and r.status = id.konsultasi.request.RequestStatus.ASSIGNED
              and r.channel = id.konsultasi.request.Channel.WALK_IN and r.urgent = true
            order by r.submittedAt asc""")
    List<ConsultationRequest> servedAtOnce(long staffId, Pageable pageable);

    /** Finished requests whose personal data has outlived the retention period. */
    @Query("""
            select r.id from ConsultationRequest r
            where r.closedAt is not null and r.closedAt < :before and r.personalDataPurgedAt is null""")
    List<Long> personalDataExpired(Instant before, Pageable pageable);

    /**
     * The office's requests in some statuses whose receipt number or applicant's name contains the query, or
     * whose phone number contains the given digits (skipped when empty), newest first.
     */
    @Query("""
            select new id.konsultasi.request.RequestSummary(r.id, r.receiptNumber, r.applicant.name,
                   r.applicant.institution, r.applicant.phone, r.topic, r.status, r.submittedAt)
            from ConsultationRequest r
            where r.officeId = :officeId and r.status in :statuses
              and (upper(r.receiptNumber) like upper(concat('%', :query, '%'))
                   or lower(r.applicant.name) like lower(concat('%', :query, '%'))
                   or (:phoneDigits <> '' and r.applicant.phone like concat('%', :phoneDigits, '%')))
            order by r.submittedAt desc""")
    List<RequestSummary> findMatching(long officeId, Collection<RequestStatus> statuses, String query,
                                      String phoneDigits, Pageable pageable);

    /** The agenda book of a period: every request given an agenda number in it, in the order of registration. */
    @Query(value = """
            select new id.konsultasi.request.AgendaEntry(r.id, r.agendaNumber, r.registeredAt, r.channel,
                   r.applicant.name, r.applicant.institution, r.letter.number, r.letter.date, r.letter.receivedOn,
                   r.topic, r.receiptNumber, r.status, r.urgent)
            from ConsultationRequest r
            where r.officeId = :officeId and r.agendaNumber is not null
              and r.registeredAt >= :from and r.registeredAt < :to
            order by r.registeredAt, r.id""",
            countQuery = """
            select count(r) from ConsultationRequest r
            where r.officeId = :officeId and r.agendaNumber is not null
              and r.registeredAt >= :from and r.registeredAt < :to""")
    Page<AgendaEntry> agendaBook(long officeId, Instant from, Instant to, Pageable pageable);

    /** Per officer of the office, how many requests in these statuses they are assigned to. */
    @Query("""
            select new id.konsultasi.request.OfficerLoad(a, count(r))
            from ConsultationRequest r join r.assigneeIds a
            where r.officeId = :officeId and r.status in :statuses
            group by a""")
    List<OfficerLoad> loadPerOfficer(long officeId, Collection<RequestStatus> statuses);

    default ConsultationRequest requireInOffice(long id, long officeId) {
        return findByIdAndOfficeId(id, officeId).orElseThrow(() -> new NotFoundException("request " + id));
    }

    /**
     * The requests of an office with a deadline in [from, to) still ahead of them: the answer letter of one that awaits
     * it, the consultation of one not yet held (for the morning's "deadline today" notices).
     */
    @Query("""
            select distinct r from ConsultationRequest r left join fetch r.assigneeIds
            where r.officeId = :officeId
              and ((r.status in :awaitingLetter and r.answerDueAt >= :from and r.answerDueAt < :to)
                or (r.status in :awaitingConsultation and r.consultationDueAt >= :from and r.consultationDueAt < :to))""")
    List<ConsultationRequest> dueBetween(long officeId, Collection<RequestStatus> awaitingLetter,
                                         Collection<RequestStatus> awaitingConsultation, Instant from, Instant to);
}
