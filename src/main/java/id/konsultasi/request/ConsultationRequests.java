package id.konsultasi.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.konsultasi.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRequests extends JpaRepository<ConsultationRequest, Long> {

    /** With its history and assignees: the whole request, for one page. */
    @EntityGraph(attributePaths = {"history", "assigneeIds"})
    Optional<ConsultationRequest> findByTrackingToken(String trackingToken);

    /** With its history and assignees: the whole request, for one page. */
    @EntityGraph(attributePaths = {"history", "assigneeIds"})
    Optional<ConsultationRequest> findWholeById(long id);

    Optional<ConsultationRequest> findByOfficeIdAndIdempotencyKey(long officeId, String idempotencyKey);

    Optional<ConsultationRequest> findByIdAndOfficeId(long id, long officeId);

    @Query("select r from ConsultationRequest r where upper(r.receiptNumber) = upper(:receiptNumber)")
    List<ConsultationRequest> findByReceiptNumber(String receiptNumber);

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

    /** Finished requests whose personal data has outlived the retention period. */
    @Query("""
            select r.id from ConsultationRequest r
            where r.closedAt is not null and r.closedAt < :before and r.personalDataPurgedAt is null""")
    List<Long> personalDataExpired(Instant before, Pageable pageable);

    default ConsultationRequest requireInOffice(long id, long officeId) {
        return findByIdAndOfficeId(id, officeId).orElseThrow(() -> new NotFoundException("request " + id));
    }
}
