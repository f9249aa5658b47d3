package id.konsultasi.support;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Division;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Many requests in little time, for performance tests and the benchmark, with {@code INSERT ... SELECT
 * generate_series}. Tests fill an office of their own (so that the demo offices' pages stay small for other
 * tests); the benchmark ({@code bench/run.sh}) fills a demo office.
 * <ul>
 * <li>{@link #insert}: requests alone, many of them open: a tenth waits for the head, a twentieth for the
 * division head, two thirds are closed; urgent walk-ins and late deadlines are among them.</li>
 * <li>{@link #fill}: requests as an office that has worked for years has them, with their history, appointments
 * and guest book entries: 91 % closed over the last three years, 3 % refused, 2.4 % cancelled or missed, 3.6 %
 * open and recent (1 % waiting for the head), a fifth of the open ones late.</li>
 * </ul>
 */
public final class GeneratedRequests {

    private static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "system", "system", null, null,
            EnumSet.of(Role.SYSTEM_ADMIN));

    private GeneratedRequests() {
    }

    /** The office, its division, and its head and division head (password {@code rahasia-sekali-123}). */
    public record BenchOffice(long officeId, String prefix, long divisionId, String head, String divisionHead) {
    }

    /** A new inactive office (never on the public pages) with Buton's standard, a division and its heads. */
    public static BenchOffice createOffice(OfficeAdministration administration, Offices offices, OfficeDirectory directory,
                                           UserAdministration users) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "UJ" + suffix.toUpperCase();
        long buton = offices.findByCode("buton").orElseThrow().getId();
        Office office = administration.createOffice("uji-" + suffix, new OfficeProfile("Dinas Sosial Uji Kinerja " + suffix,
                "Pemerintah Kabupaten Uji", "Jalan Uji No. 1", null, null, null, ZoneId.of("Asia/Makassar"),
                LocalTime.of(8, 0), LocalTime.of(16, 0), prefix), directory.standard(buton));
        administration.setActive(office.getId(), false);
        Division division = administration.addDivision(office.getId(), "Bidang Rehabilitasi Sosial");
        String head = "kadis-" + suffix + ".uji";
        String divisionHead = "kabid-" + suffix + ".uji";
        users.create(SYSTEM, office.getId(), head, "rahasia-sekali-123",
                new StaffUser.Profile("Kepala Dinas Uji " + suffix, "Kepala Dinas Sosial", null, null, null, null),
                EnumSet.of(Role.KADIS));
        users.create(SYSTEM, office.getId(), divisionHead, "rahasia-sekali-123",
                new StaffUser.Profile("Kepala Bidang Uji " + suffix, "Kepala Bidang", null, null, null, division.getId()),
                EnumSet.of(Role.KABID));
        return new BenchOffice(office.getId(), prefix, division.getId(), head, divisionHead);
    }

    /** A demo office (or any existing one): its first division, its head and its division head. */
    public static BenchOffice existing(JdbcTemplate jdbc, String code, String head, String divisionHead) {
        return jdbc.queryForObject("""
                SELECT o.id, o.receipt_prefix, (SELECT min(d.id) FROM division d WHERE d.office_id = o.id)
                FROM office o WHERE o.code = ?""", (rs, i) -> new BenchOffice(rs.getLong(1), rs.getString(2),
                rs.getLong(3), head, divisionHead), code);
    }

    /**
     * Inserts the requests numbered {@code from} to {@code to} (both included) into the office, as of {@code now}: the
     * application's time (in the tests the {@code TestClock}, not the database's clock, weeks away from it).
     */
    public static void insert(JdbcTemplate jdbc, BenchOffice office, int from, int to, Instant now) {
        jdbc.update("""
                INSERT INTO consultation_request (office_id, receipt_number, receipt_year, agenda_number, channel, status,
                    tracking_token_hash, applicant_type, applicant_name, institution_name, phone, email, topic, purpose,
                    preferred_mode, urgent, consent_at, submitted_at, file_complete_at, answer_due_at,
                    consultation_due_at, closed_at, assigned_division_id)
                SELECT ?, 'KONS/' || ? || '/2026/' || lpad(n::text, 7, '0'), 2026,
                       lpad(n::text, 7, '0') || '/' || ? || '/2026',
                       (ARRAY['ONLINE', 'WALK_IN', 'LETTER'])[1 + n % 3],
                       s.status,
                       encode(sha256(convert_to(md5(? || '-' || n) || md5(n || '-' || ?), 'UTF8')), 'hex'),
                       CASE WHEN n % 4 = 0 THEN 'INSTITUTION' ELSE 'PERSON' END,
                       'Pemohon Uji ' || n, CASE WHEN n % 4 = 0 THEN 'Lembaga Uji ' || (n % 50) END,
                       '+6281200000000', 'pemohon' || n || '@contoh.id',
                       'Materi konsultasi uji nomor ' || n, 'Tujuan uji', 'IN_PERSON',
                       n % 3 = 1 AND n % 97 = 1, CAST(? AS timestamptz),
                       t.submitted, t.submitted, t.submitted + interval '1 day', t.submitted + interval '3 days',
                       CASE WHEN s.status IN ('CLOSED', 'REJECTED') THEN t.submitted + interval '2 days' END,
                       CASE WHEN s.status IN ('DISPOSED', 'ASSIGNED', 'SCHEDULED') THEN ? END
                FROM generate_series(?, ?) AS n
                CROSS JOIN LATERAL (SELECT CAST(? AS timestamptz) - make_interval(hours => n % 2000, mins => n % 60) AS submitted) t
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN n % 20 < 2 THEN 'RECEIVED'
                    WHEN n % 20 = 2 THEN 'DISPOSED'
                    WHEN n % 20 = 3 THEN 'ASSIGNED'
                    WHEN n % 20 = 4 THEN 'SCHEDULED'
                    WHEN n % 20 = 5 THEN 'SUBMITTED'
                    WHEN n % 20 = 6 THEN 'REJECTED'
                    ELSE 'CLOSED' END AS status) s""",
                office.officeId(), office.prefix(), office.prefix(), office.prefix(), office.prefix(), at(now),
                office.divisionId(), from, to, at(now));
        // as autovacuum would soon after: statistics for the planner, the visibility map for index-only scans
        jdbc.execute("VACUUM ANALYZE consultation_request");
    }

    /**
     * The tracking token of a request {@link #fill} generated (the database keeps only its hash, and no encrypted
     * copy: the generated requests are never mailed), from its office and receipt number ({@code .../G0000042}).
     */
    public static String trackingToken(long officeId, String receiptNumber) {
        long n = Long.parseLong(receiptNumber.substring(receiptNumber.lastIndexOf("/G") + 2));
        return md5(officeId + "-" + n + "-a") + md5(officeId + "-" + n + "-b");
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts the requests numbered {@code from} to {@code to} (both included) into the office, as an office that
     * has worked for years has them (see the class comment), with their history, their appointments (the active
     * ones online, so that no room is booked twice) and the guest book (walk-ins, check-ins for consultations in
     * person, other visitors). Numbers the office never gives itself ({@code KONS/BTN/2025/G0000042}). All of it as
     * of {@code now}, the application's time: in the tests the {@code TestClock}, not the database's clock, which is
     * weeks from it (the appointments "of the coming days" fell on the days other tests set the clock to, and got
     * their reminders there). Run {@link #analyze} when done, as autovacuum would soon after.
     */
    public static void fill(JdbcTemplate jdbc, BenchOffice office, int from, int to, Instant now) {
        Long officer = jdbc.queryForObject("SELECT min(id) FROM staff_user WHERE office_id = ?", Long.class,
                office.officeId());
        Long room = jdbc.queryForObject("SELECT min(id) FROM meeting_room WHERE office_id = ? AND active", Long.class,
                office.officeId());
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM consultation_request", Long.class);
        NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(jdbc);
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("office", office.officeId())
                .addValue("prefix", office.prefix()).addValue("division", office.divisionId())
                .addValue("officer", officer).addValue("room", room, Types.BIGINT).addValue("after", before)
                .addValue("from", from).addValue("to", to).addValue("now", at(now));
        sql.update("""
                INSERT INTO consultation_request (office_id, receipt_number, receipt_year, agenda_number, registered_at,
                    channel, status, status_before_incomplete, incomplete_reason, tracking_token_hash, applicant_type,
                    applicant_name, institution_name, institution_position, phone, email, topic, purpose, preferred_mode,
                    urgent, consent_at, submitted_at, file_complete_at, answer_due_at, consultation_due_at, closed_at,
                    assigned_division_id)
                SELECT :office, 'KONS/' || :prefix || '/' || y.year || '/G' || lpad(n::text, 7, '0'), y.year,
                       CASE WHEN s.registered THEN 'G' || lpad(n::text, 7, '0') || '/' || :prefix || '/' || y.year END,
                       CASE WHEN s.registered THEN t.submitted
                           + CASE WHEN c.channel = 'ONLINE' THEN interval '2 hours' ELSE interval '0' END END,
                       c.channel, s.status,
                       CASE WHEN s.status = 'INCOMPLETE' THEN 'SUBMITTED' END,
                       CASE WHEN s.status = 'INCOMPLETE' THEN 'Pindaian KTP tidak terbaca' END,
                       encode(sha256(convert_to(md5(:office || '-' || n || '-a') || md5(:office || '-' || n || '-b'),
                           'UTF8')), 'hex'),
                       CASE WHEN h.v % 4 = 0 THEN 'INSTITUTION' ELSE 'PERSON' END, 'Pemohon Uji ' || n,
                       CASE WHEN h.v % 4 = 0 THEN 'Lembaga Uji ' || (n % 50) END,
                       CASE WHEN h.v % 4 = 0 THEN 'Ketua' END,
                       '+6281200000000', 'pemohon' || n || '@contoh.id', 'Materi konsultasi uji nomor ' || n,
                       'Mengetahui syarat dan alur layanan', CASE WHEN h.v / 20 % 10 < 7 THEN 'IN_PERSON' ELSE 'ONLINE' END,
                       c.channel = 'WALK_IN' AND h.v / 200 % 20 = 3, t.submitted, t.submitted,
                       CASE WHEN s.status <> 'INCOMPLETE' THEN t.submitted END,
                       CASE WHEN s.status <> 'INCOMPLETE' THEN t.submitted + interval '1 day' END,
                       CASE WHEN s.status <> 'INCOMPLETE' THEN t.submitted + interval '3 days' END,
                       CASE s.status WHEN 'CLOSED' THEN t.submitted + interval '5 days' + (h.v % 5) * interval '1 day'
                           WHEN 'REJECTED' THEN t.submitted + interval '1 day'
                           WHEN 'CANCELLED' THEN t.submitted + interval '2 days'
                           WHEN 'NO_SHOW' THEN t.submitted + interval '4 days' END,
                       CASE WHEN s.status = 'DISPOSED' THEN :division END
                FROM generate_series(:from, :to) AS n
                CROSS JOIN LATERAL (SELECT abs(hashint4(n)::bigint) AS v) h
                CROSS JOIN LATERAL (SELECT x.status, x.status NOT IN ('SUBMITTED', 'INCOMPLETE') AS registered,
                        x.status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD',
                            'REPORTED') AS open
                    FROM (SELECT CASE
                        WHEN n % 1000 < 10 THEN 'RECEIVED'
                        WHEN n % 1000 < 15 THEN 'SUBMITTED'
                        WHEN n % 1000 < 17 THEN 'INCOMPLETE'
                        WHEN n % 1000 < 20 THEN 'DISPOSED'
                        WHEN n % 1000 < 25 THEN 'ASSIGNED'
                        WHEN n % 1000 < 32 THEN 'SCHEDULED'
                        WHEN n % 1000 < 34 THEN 'HELD'
                        WHEN n % 1000 < 36 THEN 'REPORTED'
                        WHEN n % 1000 < 66 THEN 'REJECTED'
                        WHEN n % 1000 < 81 THEN 'CANCELLED'
                        WHEN n % 1000 < 90 THEN 'NO_SHOW'
                        ELSE 'CLOSED' END AS status) x) s
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN s.status IN ('SUBMITTED', 'INCOMPLETE') OR h.v % 20 < 12 THEN 'ONLINE'
                    WHEN h.v % 20 < 17 THEN 'WALK_IN' ELSE 'LETTER' END AS channel) c
                CROSS JOIN LATERAL (SELECT CASE
                    -- open: a fifth three to twenty days old (late), the others from the last twenty hours
                    WHEN s.open AND h.v % 5 = 0 THEN CAST(:now AS timestamptz) - interval '3 days' - (h.v % 24480) * interval '1 minute'
                    WHEN s.open THEN CAST(:now AS timestamptz) - (h.v % 1200) * interval '1 minute'
                    -- done: spread over the three years before the last month
                    ELSE CAST(:now AS timestamptz) - interval '30 days' - (h.v % 1576800) * interval '1 minute' END AS submitted) t
                CROSS JOIN LATERAL (SELECT extract(year FROM t.submitted)::int AS year) y""", p);
        // as the nightly retention job (PersonalDataRetention, 730 days by default) has left an office after years of
        // work: the personal data of requests finished longer ago is gone. Without this, a test that runs the job
        // afterwards in the same JVM purged some 30 000 generated requests one by one (OutboxAttachmentTests: 1 s alone,
        // 52-80 s after PageQueryCountTests).
        sql.update("""
                UPDATE consultation_request SET personal_data_purged_at = closed_at + interval '730 days'
                WHERE id > :after AND office_id = :office AND closed_at < CAST(:now AS timestamptz) - interval '730 days'""", p);
        sql.update("""
                INSERT INTO request_history (request_id, position, at, actor_id, actor_name, from_status, to_status,
                    public_note)
                SELECT r.id, step.position - 1,
                       r.submitted_at + (coalesce(r.closed_at, CAST(:now AS timestamptz)) - r.submitted_at) * (step.position - 1)
                           / greatest(cardinality(way.statuses) - 1, 1),
                       CASE WHEN step.position > 1 OR r.channel <> 'ONLINE' THEN :officer END,
                       CASE WHEN step.position = 1 AND r.channel = 'ONLINE' THEN r.applicant_name ELSE 'Petugas Uji' END,
                       way.statuses[(step.position - 1)::int], step.status,
                       CASE step.status WHEN 'REJECTED' THEN 'Permohonan di luar kewenangan dinas'
                           WHEN 'INCOMPLETE' THEN r.incomplete_reason END
                FROM consultation_request r
                CROSS JOIN LATERAL (SELECT CASE WHEN r.channel = 'ONLINE' THEN ARRAY['SUBMITTED', 'RECEIVED']
                    ELSE ARRAY['RECEIVED'] END AS statuses) opening
                CROSS JOIN LATERAL (SELECT CASE r.status
                    WHEN 'SUBMITTED' THEN ARRAY['SUBMITTED']
                    WHEN 'INCOMPLETE' THEN ARRAY['SUBMITTED', 'INCOMPLETE']
                    WHEN 'RECEIVED' THEN opening.statuses
                    WHEN 'DISPOSED' THEN opening.statuses || ARRAY['DISPOSED']
                    WHEN 'ASSIGNED' THEN opening.statuses || ARRAY['ASSIGNED']
                    WHEN 'SCHEDULED' THEN opening.statuses || ARRAY['ASSIGNED', 'SCHEDULED']
                    WHEN 'HELD' THEN opening.statuses || ARRAY['ASSIGNED', 'SCHEDULED', 'HELD']
                    WHEN 'REPORTED' THEN opening.statuses || ARRAY['ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED']
                    WHEN 'CLOSED' THEN opening.statuses || ARRAY['ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED', 'CLOSED']
                    WHEN 'NO_SHOW' THEN opening.statuses || ARRAY['ASSIGNED', 'SCHEDULED', 'NO_SHOW']
                    ELSE opening.statuses || ARRAY[r.status::text] END AS statuses) way
                CROSS JOIN LATERAL unnest(way.statuses) WITH ORDINALITY AS step(status, position)
                WHERE r.id > :after AND r.office_id = :office""", p);
        sql.update("""
                INSERT INTO appointment (office_id, request_id, status, start_at, end_at, mode, room_id, meeting_link,
                    contact_person_id, ics_uid, letter_number, letter_issued_at, created_at, held_start, held_end,
                    checked_in_at)
                SELECT r.office_id, r.id, a.status, a.start_at, a.start_at + interval '1 hour', a.mode,
                       CASE WHEN a.mode = 'IN_PERSON' THEN :room END,
                       CASE WHEN a.mode = 'ONLINE' THEN 'https://meet.contoh.id/uji-' || r.id END,
                       :officer, 'uji-' || r.id || '@konsultasi.local',
                       '400.9/' || r.id || '/' || :prefix || '/' || r.receipt_year,
                       r.submitted_at + interval '1 hour', r.submitted_at + interval '1 hour',
                       CASE WHEN a.status = 'HELD' THEN a.start_at END,
                       CASE WHEN a.status = 'HELD' THEN a.start_at + interval '1 hour' END,
                       CASE WHEN a.status = 'HELD' AND a.mode = 'IN_PERSON' THEN a.start_at - interval '10 minutes' END
                FROM consultation_request r
                CROSS JOIN LATERAL (SELECT
                    CASE r.status WHEN 'SCHEDULED' THEN 'ACTIVE' WHEN 'NO_SHOW' THEN 'NO_SHOW' ELSE 'HELD' END AS status,
                    CASE WHEN r.status = 'SCHEDULED' THEN date_trunc('hour', CAST(:now AS timestamptz)) + interval '1 day'
                            + (r.id % 200) * interval '1 hour'
                        ELSE r.submitted_at + (coalesce(r.closed_at, CAST(:now AS timestamptz)) - r.submitted_at) / 2 END AS start_at,
                    CASE WHEN r.status = 'SCHEDULED' OR :room IS NULL THEN 'ONLINE' ELSE r.preferred_mode END AS mode) a
                WHERE r.id > :after AND r.office_id = :office
                  AND r.status IN ('SCHEDULED', 'HELD', 'REPORTED', 'CLOSED', 'NO_SHOW')""", p);
        sql.update("""
                INSERT INTO guest_visit (office_id, form_key, guest_name, institution, phone, purpose, identity_checked,
                    kind, request_id, receipt_number, urgent, officer_id, officer_name, arrived_at, registered_by_id,
                    registered_by_name, served_at, served_by_name, room_name, left_at)
                SELECT r.office_id, 'uji-' || v.kind || '-' || r.id, r.applicant_name, r.institution_name, r.phone,
                       v.purpose, TRUE, v.kind, v.request_id, v.receipt_number, r.urgent AND v.kind = 'NEW_CONSULTATION',
                       :officer, 'Petugas Uji', v.arrived_at, :officer, 'Petugas Piket Uji',
                       least(v.arrived_at + interval '20 minutes', CAST(:now AS timestamptz)), 'Petugas Uji', 'Ruang Konsultasi',
                       least(v.arrived_at + interval '1 hour', CAST(:now AS timestamptz))
                FROM consultation_request r
                LEFT JOIN appointment a ON a.request_id = r.id AND a.status = 'HELD' AND a.mode = 'IN_PERSON'
                CROSS JOIN LATERAL (
                    SELECT 'NEW_CONSULTATION' AS kind, r.topic AS purpose, r.id AS request_id,
                           r.receipt_number, r.submitted_at AS arrived_at WHERE r.channel = 'WALK_IN'
                    UNION ALL
                    SELECT 'SCHEDULED_CONSULTATION', r.topic, r.id, r.receipt_number, a.checked_in_at
                    WHERE a.id IS NOT NULL
                    UNION ALL
                    SELECT 'OTHER', 'Mengantar surat undangan', NULL, NULL, r.submitted_at + interval '3 hours'
                    WHERE r.id % 8 = 0 AND r.submitted_at + interval '3 hours' < CAST(:now AS timestamptz)) v
                WHERE r.id > :after AND r.office_id = :office""", p);
    }

    private static OffsetDateTime at(Instant now) {
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Statistics for the planner and the visibility map for index-only scans, as autovacuum would soon after. */
    public static void analyze(JdbcTemplate jdbc) {
        for (String table : new String[]{"consultation_request", "request_history", "appointment", "guest_visit"}) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
    }
}
