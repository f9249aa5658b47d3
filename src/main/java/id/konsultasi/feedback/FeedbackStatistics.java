package id.konsultasi.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import id.konsultasi.office.Offices;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and satisfaction of one office in a period, for its own pages and for the reports. A
 * period is a range of days, both included, in the office's own time zone; a complaint counts in the
 * period it was received, a survey answer in the period it was given. Each figure is one grouped query.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackStatistics {

    private final JdbcTemplate jdbc;
    private final Offices offices;
    private final SurveyResponses responses;
    private final Clock clock;

    FeedbackStatistics(JdbcTemplate jdbc, Offices offices, SurveyResponses responses, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.responses = responses;
        this.clock = clock;
    }

    /** Complaints received in the period: per status, per channel, answered on time, overdue. */
    public ComplaintSummary complaints(long officeId, LocalDate from, LocalDate to) {
        Bounds bounds = bounds(officeId, from, to);
        Map<ComplaintStatus, Long> byStatus = zeros(ComplaintStatus.class);
        Map<ComplaintSource, Long> bySource = zeros(ComplaintSource.class);
        long[] totals = new long[4];
        jdbc.query("""
                SELECT status, source, count(*) AS n,
                       count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered,
                       count(*) FILTER (WHERE answered_at IS NOT NULL AND answered_at <= due_at) AS on_time,
                       count(*) FILTER (WHERE answered_at IS NULL AND due_at < ?) AS overdue
                FROM complaint
                WHERE office_id = ? AND received_at >= ? AND received_at < ?
                GROUP BY status, source""", rs -> {
            long n = rs.getLong("n");
            byStatus.merge(ComplaintStatus.valueOf(rs.getString("status")), n, Long::sum);
            bySource.merge(ComplaintSource.valueOf(rs.getString("source")), n, Long::sum);
            totals[0] += n;
            totals[1] += rs.getLong("answered");
            totals[2] += rs.getLong("on_time");
            totals[3] += rs.getLong("overdue");
        }, utc(clock.instant()), officeId, bounds.from(), bounds.to());
        return new ComplaintSummary(totals[0], byStatus, bySource, totals[1], totals[2], totals[3]);
    }

    /** The satisfaction index of the answers given in the period (both invited and at the kiosk). */
    public SatisfactionIndex satisfaction(long officeId, LocalDate from, LocalDate to) {
        Bounds bounds = bounds(officeId, from, to);
        return jdbc.queryForObject("""
                SELECT count(*) AS n,
                       coalesce(sum(u1), 0) AS s1, coalesce(sum(u2), 0) AS s2, coalesce(sum(u3), 0) AS s3,
                       coalesce(sum(u4), 0) AS s4, coalesce(sum(u5), 0) AS s5, coalesce(sum(u6), 0) AS s6,
                       coalesce(sum(u7), 0) AS s7, coalesce(sum(u8), 0) AS s8, coalesce(sum(u9), 0) AS s9
                FROM survey_response
                WHERE office_id = ? AND answered_at >= ? AND answered_at < ?""", (rs, row) -> {
            long[] sums = new long[SatisfactionIndex.ELEMENTS];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = rs.getLong("s" + (i + 1));
            }
            return SatisfactionIndex.of(rs.getLong("n"), sums);
        }, officeId, bounds.from(), bounds.to());
    }

    /** Who answered in the period: by sex, education, occupation and where they answered. */
    public RespondentProfile respondents(long officeId, LocalDate from, LocalDate to) {
        Bounds bounds = bounds(officeId, from, to);
        Map<RespondentSex, Long> sex = zeros(RespondentSex.class);
        Map<RespondentEducation, Long> education = zeros(RespondentEducation.class);
        Map<RespondentOccupation, Long> occupation = zeros(RespondentOccupation.class);
        Map<SurveySource, Long> source = zeros(SurveySource.class);
        long[] notStated = new long[3];
        jdbc.query("""
                SELECT sex, education, occupation, source, count(*) AS n
                FROM survey_response
                WHERE office_id = ? AND answered_at >= ? AND answered_at < ?
                GROUP BY sex, education, occupation, source""", rs -> {
            long n = rs.getLong("n");
            count(rs.getString("sex"), RespondentSex.class, sex, n, notStated, 0);
            count(rs.getString("education"), RespondentEducation.class, education, n, notStated, 1);
            count(rs.getString("occupation"), RespondentOccupation.class, occupation, n, notStated, 2);
            source.merge(SurveySource.valueOf(rs.getString("source")), n, Long::sum);
        }, officeId, bounds.from(), bounds.to());
        return new RespondentProfile(sex, notStated[0], education, notStated[1], occupation, notStated[2], source);
    }

    /** The suggestions written in the period, newest first. */
    public Page<SurveyComment> comments(long officeId, LocalDate from, LocalDate to, int page, int size) {
        Bounds bounds = bounds(officeId, from, to);
        return responses.comments(officeId, bounds.from().toInstant(), bounds.to().toInstant(),
                PageRequest.of(Math.max(0, page), size));
    }

    private static <E extends Enum<E>> void count(String value, Class<E> type, Map<E, Long> into, long n,
                                                  long[] notStated, int slot) {
        if (value == null) {
            notStated[slot] += n;
        } else {
            into.merge(Enum.valueOf(type, value), n, Long::sum);
        }
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            map.put(constant, 0L);
        }
        return map;
    }

    /** From the start of the first day to the start of the day after the last, in the office's zone. */
    private Bounds bounds(long officeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
        ZoneId zone = offices.require(officeId).zone();
        return new Bounds(utc(from.atStartOfDay(zone).toInstant()), utc(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Bounds(OffsetDateTime from, OffsetDateTime to) {
    }
}
