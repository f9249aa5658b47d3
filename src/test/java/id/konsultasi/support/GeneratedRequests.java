package id.konsultasi.support;

import java.time.LocalTime;
import java.time.ZoneId;
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

/**
 * Many requests in little time, for performance tests and the benchmark: an office of their own (so
 * that the demo offices' pages stay small for other tests), filled with {@code INSERT ... SELECT
 * generate_series}. A tenth waits for the head, a twentieth for the division head, two thirds are
 * closed; urgent walk-ins and late deadlines are among them.
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

    /** Inserts the requests numbered {@code from} to {@code to} (both included) into the office. */
    public static void insert(JdbcTemplate jdbc, BenchOffice office, int from, int to) {
        jdbc.update("""
                INSERT INTO consultation_request (office_id, receipt_number, receipt_year, agenda_number, channel, status,
                    tracking_token, applicant_type, applicant_name, institution_name, phone, email, topic, purpose,
                    preferred_mode, urgent, consent_at, submitted_at, file_complete_at, answer_due_at,
                    consultation_due_at, closed_at, assigned_division_id)
                SELECT ?, 'KONS/' || ? || '/2026/' || lpad(n::text, 7, '0'), 2026,
                       lpad(n::text, 7, '0') || '/' || ? || '/2026',
                       (ARRAY['ONLINE', 'WALK_IN', 'LETTER'])[1 + n % 3],
                       s.status,
                       md5(? || '-' || n) || md5(n || '-' || ?),
                       CASE WHEN n % 4 = 0 THEN 'INSTITUTION' ELSE 'PERSON' END,
                       'Pemohon Uji ' || n, CASE WHEN n % 4 = 0 THEN 'Lembaga Uji ' || (n % 50) END,
                       '+6281200000000', 'pemohon' || n || '@contoh.id',
                       'Materi konsultasi uji nomor ' || n, 'Tujuan uji', 'IN_PERSON',
                       n % 3 = 1 AND n % 97 = 1, now(),
                       t.submitted, t.submitted, t.submitted + interval '1 day', t.submitted + interval '3 days',
                       CASE WHEN s.status IN ('CLOSED', 'REJECTED') THEN t.submitted + interval '2 days' END,
                       CASE WHEN s.status IN ('DISPOSED', 'ASSIGNED', 'SCHEDULED') THEN ? END
                FROM generate_series(?, ?) AS n
                CROSS JOIN LATERAL (SELECT now() - make_interval(hours => n % 2000, mins => n % 60) AS submitted) t
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN n % 20 < 2 THEN 'RECEIVED'
                    WHEN n % 20 = 2 THEN 'DISPOSED'
                    WHEN n % 20 = 3 THEN 'ASSIGNED'
                    WHEN n % 20 = 4 THEN 'SCHEDULED'
                    WHEN n % 20 = 5 THEN 'SUBMITTED'
                    WHEN n % 20 = 6 THEN 'REJECTED'
                    ELSE 'CLOSED' END AS status) s""",
                office.officeId(), office.prefix(), office.prefix(), office.prefix(), office.prefix(),
                office.divisionId(), from, to);
        // as autovacuum would soon after: statistics for the planner, the visibility map for index-only scans
        jdbc.execute("VACUUM ANALYZE consultation_request");
    }
}
