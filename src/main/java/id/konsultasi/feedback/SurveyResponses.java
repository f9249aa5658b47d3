package id.konsultasi.feedback;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByOfficeIdAndIdempotencyKey(long officeId, String idempotencyKey);

    boolean existsByRequestId(long requestId);

    /** The suggestions respondents wrote in a period, newest first. */
    @Query(value = """
            select new id.konsultasi.feedback.SurveyComment(s.answeredAt, s.source, s.comment)
            from SurveyResponse s
            where s.officeId = :officeId and s.answeredAt >= :from and s.answeredAt < :to and s.comment is not null
            order by s.answeredAt desc, s.id desc""",
            countQuery = """
            select count(s) from SurveyResponse s
            where s.officeId = :officeId and s.answeredAt >= :from and s.answeredAt < :to and s.comment is not null""")
    Page<SurveyComment> comments(long officeId, Instant from, Instant to, Pageable pageable);
}
