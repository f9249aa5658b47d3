package id.konsultasi.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.konsultasi.request.RequestStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The consultation records, and the reviewers' and officers' lists as rows (one query per page), joined with the
 * request module's read view of a request ({@link id.konsultasi.request.RequestView}), never its aggregate.
 */
public interface ConsultationRecords extends JpaRepository<ConsultationRecord, Long> {

    /**
     * The whole record, with its collections, for one page. Fetched by a query rather than an entity graph:
     * Hibernate keeps the SQL of a query, but translates one with a graph again on every call.
     */
    @Query("""
            select r from ConsultationRecord r left join fetch r.companionIds left join fetch r.followUps
            left join fetch r.handoverFiles left join fetch r.letterSections where r.requestId = ?1""")
    Optional<ConsultationRecord> findByRequestId(long requestId);

    /** The stage a request's record is at, without its collections; empty when there is no record. */
    @Query("select r.stage from ConsultationRecord r where r.requestId = ?1")
    Optional<RecordStage> findStageByRequestId(long requestId);

    /** Reports at a stage in one office (the head's list), the longest waiting first. */
    @Query(value = """
            select new id.konsultasi.consultation.ReportRow(c.requestId, r.receiptNumber, r.applicantName,
                   r.institution, r.topic, c.stage, c.leadOfficerName, c.actualEnd, c.reportDueAt,
                   c.firstReportedAt, c.reportedAt, c.returnCount)
            from ConsultationRecord c, id.konsultasi.request.RequestView r
            where r.id = c.requestId and c.officeId = :officeId and c.stage = :stage
            order by c.reportedAt asc, c.id asc""",
            countQuery = "select count(c) from ConsultationRecord c where c.officeId = :officeId and c.stage = :stage")
    Page<ReportRow> inOffice(long officeId, RecordStage stage, Pageable pageable);

    /** Reports at a stage in one division of an office (the division head's list), the longest waiting first. */
    @Query(value = """
            select new id.konsultasi.consultation.ReportRow(c.requestId, r.receiptNumber, r.applicantName,
                   r.institution, r.topic, c.stage, c.leadOfficerName, c.actualEnd, c.reportDueAt,
                   c.firstReportedAt, c.reportedAt, c.returnCount)
            from ConsultationRecord c, id.konsultasi.request.RequestView r
            where r.id = c.requestId and c.officeId = :officeId and c.divisionId = :divisionId and c.stage = :stage
            order by c.reportedAt asc, c.id asc""",
            countQuery = """
            select count(c) from ConsultationRecord c
            where c.officeId = :officeId and c.divisionId = :divisionId and c.stage = :stage""")
    Page<ReportRow> inDivision(long officeId, long divisionId, RecordStage stage, Pageable pageable);

    /** Held, not reported and past the deadline, in an office (and one division, when given), the oldest first. */
    @Query(value = """
            select new id.konsultasi.consultation.ReportRow(c.requestId, r.receiptNumber, r.applicantName,
                   r.institution, r.topic, c.stage, c.leadOfficerName, c.actualEnd, c.reportDueAt,
                   c.firstReportedAt, c.reportedAt, c.returnCount)
            from ConsultationRecord c, id.konsultasi.request.RequestView r
            where r.id = c.requestId and c.officeId = :officeId
              and c.stage = id.konsultasi.consultation.RecordStage.HELD and c.reportDueAt < :now
              and (:divisionId is null or c.divisionId = :divisionId)
            order by c.reportDueAt asc, c.id asc""",
            countQuery = """
            select count(c) from ConsultationRecord c
            where c.officeId = :officeId and c.stage = id.konsultasi.consultation.RecordStage.HELD
              and c.reportDueAt < :now and (:divisionId is null or c.divisionId = :divisionId)""")
    Page<ReportRow> late(long officeId, Long divisionId, Instant now, Pageable pageable);

    /** How many reports stand at a stage in one office (the head's list). */
    long countByOfficeIdAndStage(long officeId, RecordStage stage);

    /** How many reports stand at a stage in one division of an office (the division head's list). */
    long countByOfficeIdAndDivisionIdAndStage(long officeId, long divisionId, RecordStage stage);

    /**
     * An officer's held consultations whose report is still to write (not written, a draft, or returned), as late
     * ({@link ReportDeadline}: never filed and past the deadline), due today (never filed, due before the end of the
     * office's day) and on time (the rest; a returned report is not late again): one row of three counts.
     */
    @Query("""
            select count(case when c.firstReportedAt is null and c.reportDueAt < :now then 1 end),
                   count(case when c.firstReportedAt is null and c.reportDueAt >= :now
                              and c.reportDueAt < :endOfToday then 1 end),
                   count(case when c.firstReportedAt is not null or c.reportDueAt is null
                              or c.reportDueAt >= :endOfToday then 1 end)
            from id.konsultasi.request.RequestView r join r.assigneeIds a
                 left join ConsultationRecord c on c.requestId = r.id
            where a = :staffId and r.status = id.konsultasi.request.RequestStatus.HELD""")
    List<Object[]> toWriteOf(long staffId, Instant now, Instant endOfToday);

    /**
     * An officer's consultations that are held or reported, with their record if there is one: what to write,
     * what was returned, what waits for the reviewers. The ones due first come first.
     */
    @Query(value = """
            select new id.konsultasi.consultation.OfficerReportRow(r.id, r.receiptNumber, r.applicantName,
                   r.institution, r.topic, r.status, c.stage, c.actualEnd, c.reportDueAt,
                   c.firstReportedAt, c.returnCount, c.lastRemark)
            from id.konsultasi.request.RequestView r join r.assigneeIds a
                 left join ConsultationRecord c on c.requestId = r.id
            where a = :staffId and r.status in :statuses
            order by c.reportDueAt asc nulls last, r.id asc""",
            countQuery = """
            select count(r) from id.konsultasi.request.RequestView r join r.assigneeIds a
            where a = :staffId and r.status in :statuses""")
    Page<OfficerReportRow> ofOfficer(long staffId, Collection<RequestStatus> statuses, Pageable pageable);
}
