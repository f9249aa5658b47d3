package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestDatabase;
import id.konsultasi.support.TestFiles;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the dashboards count (requests per status, late answer letters, late consultations, late requests; of an
 * office and of each division) is kept as the requests change, and always equals a count of the requests
 * themselves: after every kind of change, at every moment around the deadlines, after the tallies are folded,
 * with changes at the same time, and without one change waiting for another's count.
 */
@IntegrationTest
class RequestTalliesTests {

    @Autowired
    RequestService service;
    @Autowired
    DispositionSteps decisions;
    @Autowired
    ConsultationSteps consultationSteps;
    @Autowired
    RequestDesk desk;
    @Autowired
    RequestWorklist worklist;
    @Autowired
    RequestTallies tallies;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    PlatformTransactionManager transactionManager;

    final List<Long> mine = new ArrayList<>();

    Receipt submit(String office, Channel channel, boolean urgent) {
        Receipt receipt = service.submit(offices.findByCode(office).orElseThrow().getId(), new NewRequest(channel,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON, "Pemohon Hitungan", null,
                null, null, "+6281234567890", "hitung@contoh.id", null), "Hitungan dasbor " + UUID.randomUUID(),
                "Menguji hitungan", ConsultationMode.IN_PERSON, null, urgent, true), List.of(), Actor.applicant());
        mine.add(receipt.requestId());
        return receipt;
    }

    ConsultationRequest request(long id) {
        return requests.findById(id).orElseThrow();
    }

    StaffPrincipal staff(String username) {
        return Staff.principal(users, username);
    }

    @Test
    void everyKindOfChangeKeepsTheCountsEqualToARecount() {
        StaffPrincipal secretariat = staff("sekretariat.buton");
        StaffPrincipal head = staff("kadis.buton");
        StaffPrincipal divisionHead = staff("kabid.buton");
        StaffPrincipal officer = staff("petugas.buton");
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 12, 7, 9, 0), ZoneId.of("Asia/Makassar"));
        assertEqualToRecount("before");

        Receipt online = submit("buton", Channel.ONLINE, false);
        assertEqualToRecount("submitted online");
        service.register(secretariat, online.requestId(), request(online.requestId()).getVersion());
        assertEqualToRecount("registered");
        service.markIncomplete(secretariat, online.requestId(), request(online.requestId()).getVersion(), "KTP buram");
        assertEqualToRecount("incomplete");
        TestClock.INSTANCE.advance(Duration.ofDays(2));
        service.completeByApplicant(request(online.requestId()).getTrackingToken(),
                new NewDocument(DocumentKind.ID_SCAN, "ktp.pdf", "application/pdf", TestFiles.pdf()), "KTP baru");
        assertEqualToRecount("completed, deadlines counted again");

        decisions.disposeToDivision(head, Actor.of(head), online.requestId(), request(online.requestId()).getVersion(),
                divisionHead.divisionId(), null, null);
        assertEqualToRecount("disposed to a division");
        decisions.assign(divisionHead, Actor.of(divisionHead), online.requestId(), request(online.requestId()).getVersion(),
                divisionHead.divisionId(), List.of(officer.id()), null, null);
        assertEqualToRecount("assigned");
        service.recordSchedule(officer, online.requestId(), "Jadwal", null);
        assertEqualToRecount("scheduled");
        service.recordSchedule(officer, online.requestId(), "Jadwal baru", null);
        assertEqualToRecount("rescheduled");
        consultationSteps.recordHeld(officer, online.requestId(), null);
        assertEqualToRecount("held");
        consultationSteps.fileReport(officer, online.requestId(), "Laporan");
        assertEqualToRecount("reported");
        consultationSteps.returnReport(divisionHead, online.requestId(), "Lengkapi saran");
        assertEqualToRecount("report returned");
        consultationSteps.fileReport(officer, online.requestId(), "Laporan lengkap");
        consultationSteps.acknowledgeReport(head, online.requestId(), "Selesai");
        assertEqualToRecount("closed");

        Receipt letter = submit("buton", Channel.LETTER, false);
        decisions.reject(head, Actor.of(head), letter.requestId(), request(letter.requestId()).getVersion(), "Bukan wewenang",
                null);
        assertEqualToRecount("rejected");

        Receipt cancelled = submit("buton", Channel.ONLINE, false);
        service.cancelByApplicant(request(cancelled.requestId()).getTrackingToken(), "Sudah terjawab");
        assertEqualToRecount("cancelled by the applicant");

        Receipt direct = submit("buton", Channel.WALK_IN, false);
        decisions.assign(head, Actor.of(head), direct.requestId(), request(direct.requestId()).getVersion(), null,
                List.of(officer.id()), null, null);
        service.recordSchedule(officer, direct.requestId(), "Jadwal", null);
        service.recordNoShow(officer, direct.requestId(), "Tidak datang");
        assertEqualToRecount("assigned by the head, scheduled, no-show");

        Receipt byOffice = submit("buton", Channel.WALK_IN, false);
        service.cancelByOffice(head, byOffice.requestId(), "Dibatalkan kantor");
        assertEqualToRecount("cancelled by the office");

        Receipt urgent = submit("babel", Channel.WALK_IN, true);
        StaffPrincipal babelOfficer = staff("petugas.babel");
        desk.routeUrgentWalkIn(staff("piket.babel"), urgent.requestId(), babelOfficer.id(), babelOfficer.divisionId(),
                "Langsung dilayani");
        assertEqualToRecount("urgent walk-in routed to an officer");

        Receipt moved = submit("buton", Channel.LETTER, true);
        jdbc.update("UPDATE consultation_request SET answer_due_at = answer_due_at - interval '5 days',"
                + " consultation_due_at = NULL WHERE id = ?", moved.requestId());
        assertEqualToRecount("deadlines changed by SQL");
        jdbc.update("DELETE FROM consultation_request WHERE id = ?", moved.requestId());
        mine.remove(moved.requestId());
        assertEqualToRecount("deleted");

        tallies.compact();
        assertEqualToRecount("folded");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM request_status_tally"
                + " GROUP BY office_id, division_id, status HAVING count(*) > 1) k", Long.class))
                .as("one row per key after folding").isZero();
    }

    @Test
    void changesAtTheSameTimeAreAllCounted() throws Exception {
        StaffPrincipal head = staff("kadis.buton");
        StaffPrincipal secretariat = staff("sekretariat.buton");
        List<Receipt> received = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            received.add(submit("buton", Channel.LETTER, i % 3 == 0));
        }
        List<Receipt> online = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            online.add(submit("buton", Channel.ONLINE, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> changes = new ArrayList<>();
            for (Receipt r : received) {
                changes.add(pool.submit(() -> decisions.reject(head, Actor.of(head), r.requestId(),
                        request(r.requestId()).getVersion(), "Ditolak", null)));
            }
            for (Receipt r : online) {
                changes.add(pool.submit(() -> service.register(secretariat, r.requestId(),
                        request(r.requestId()).getVersion())));
            }
            for (int i = 0; i < 8; i++) {
                changes.add(pool.submit(() -> submit("buton", Channel.WALK_IN, false)));
            }
            for (Future<?> change : changes) {
                change.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEqualToRecount("changes at the same time");
    }

    /**
     * Sixteen submissions of one office, each in its own open transaction, none committed: if they shared a
     * counter row, the second would wait for the first to commit (here: fail after a second).
     */
    @Test
    void sixteenOpenSubmissionsOfOneOfficeDoNotWaitForEachOther() throws Exception {
        long office = offices.findByCode("buton").orElseThrow().getId();
        TestDatabase.Connection db = TestDatabase.get();
        List<Connection> connections = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                connections.add(c);
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = '1s'");
                }
                String token = UUID.randomUUID().toString().replace("-", "");
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO consultation_request (office_id, receipt_number, receipt_year, channel, status,
                            tracking_token_hash, applicant_type, applicant_name, topic, purpose, submitted_at, answer_due_at,
                            consultation_due_at)
                        VALUES (?, ?, 2026, 'ONLINE', 'SUBMITTED', ?, 'PERSON', 'Pemohon Serentak', 'Serentak',
                            'Serentak', now(), now() + interval '1 day', now() + interval '3 days')
                        RETURNING id""")) {
                    insert.setLong(1, office);
                    insert.setString(2, "KONS/SERENTAK/" + token);
                    insert.setString(3, token);
                    var result = insert.executeQuery();
                    result.next();
                    ids.add(result.getLong(1));
                }
                try (PreparedStatement register = c.prepareStatement(
                        "UPDATE consultation_request SET status = 'RECEIVED' WHERE id = ?")) {
                    register.setLong(1, ids.get(i));
                    register.executeUpdate();
                }
            }
            for (Connection c : connections) {
                c.commit();
            }
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        mine.addAll(ids);
        assertEqualToRecount("sixteen submissions committed together");
    }

    // --- the recount ------------------------------------------------------------------------------------------

    record Key(long office, Long division) {
    }

    record Recount(Map<RequestStatus, Long> perStatus, LateCounts late) {
    }

    /**
     * Every office and division of the demo data (where this test's requests are), at moments around the deadlines
     * of this test's requests. Offices other tests made for themselves are left out: one with 100 000 generated
     * requests (PageQueryCountTests) made each recount a scan of them, 3.6 s became 27 s when it ran before.
     */
    void assertEqualToRecount(String step) {
        TreeSet<Instant> moments = new TreeSet<>();
        Instant now = TestClock.INSTANCE.instant();
        moments.add(now);
        moments.add(now.truncatedTo(ChronoUnit.DAYS));
        moments.add(now.truncatedTo(ChronoUnit.DAYS).minusNanos(1000));
        moments.add(now.plus(Duration.ofDays(10)));
        for (Long id : mine) {
            ConsultationRequest r = request(id);
            for (Instant due : new Instant[] {r.getAnswerDueAt(), r.getConsultationDueAt()}) {
                if (due != null) {
                    moments.add(due.minusNanos(1000));
                    moments.add(due);
                    moments.add(due.plusNanos(1000));
                    moments.add(due.truncatedTo(ChronoUnit.DAYS));
                }
            }
        }
        Map<Key, Map<RequestStatus, Long>> statusTally = statusTally();
        List<Long> demoOffices = List.of(offices.findByCode("buton").orElseThrow().getId(),
                offices.findByCode("babel").orElseThrow().getId());
        for (Instant moment : moments) {
            Map<Key, Recount> recount = recount(moment, demoOffices);
            for (Map.Entry<Key, Recount> expected : recount.entrySet()) {
                Key key = expected.getKey();
                if (key.division() != null) {
                    assertThat(statusTally.getOrDefault(key, Map.of()))
                            .as(step + ": status tally of " + key).isEqualTo(expected.getValue().perStatus());
                }
                WorklistCounts counts = worklist.counts(key.office(), key.division(), moment);
                assertThat(counts.perStatus()).as(step + ": per status of " + key)
                        .containsAllEntriesOf(expected.getValue().perStatus());
                assertThat(counts.perStatus().values().stream().mapToLong(Long::longValue).sum())
                        .as(step + ": requests of " + key)
                        .isEqualTo(expected.getValue().perStatus().values().stream().mapToLong(Long::longValue).sum());
                assertThat(counts.late()).as(step + ": late in " + key + " at " + moment)
                        .isEqualTo(expected.getValue().late());
            }
        }
    }

    Map<Key, Map<RequestStatus, Long>> statusTally() {
        Map<Key, Map<RequestStatus, Long>> tally = new HashMap<>();
        jdbc.query("SELECT office_id, division_id, status, sum(n) FROM request_status_tally WHERE division_id IS NOT NULL"
                + " GROUP BY 1, 2, 3 HAVING sum(n) <> 0", rs -> {
            tally.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), k -> new HashMap<>())
                    .put(RequestStatus.valueOf(rs.getString(3)), rs.getLong(4));
        });
        return tally;
    }

    /** Counted from the requests themselves, with the statuses of {@link RequestStatus}: per office and division. */
    Map<Key, Recount> recount(Instant now, List<Long> demoOffices) {
        Map<Key, Recount> result = new HashMap<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> em.createQuery("""
                        select r.officeId, r.assignedDivisionId, r.status, count(*),
                               sum(case when r.status in :answerPending and r.answerDueAt < :now then 1 else 0 end),
                               sum(case when r.status in :consultationPending and r.consultationDueAt < :now
                                   then 1 else 0 end),
                               sum(case when r.status in :consultationPending and (r.consultationDueAt < :now
                                   or (r.status in :answerPending and r.answerDueAt < :now)) then 1 else 0 end)
                        from ConsultationRequest r where r.officeId in :demoOffices
                        group by r.officeId, r.assignedDivisionId, r.status""", Object[].class)
                .setParameter("demoOffices", demoOffices)
                .setParameter("now", now)
                .setParameter("answerPending", RequestStatus.awaitingAnswerLetter())
                .setParameter("consultationPending", RequestStatus.awaitingConsultation())
                .getResultList().forEach(row -> {
                    long office = ((Number) row[0]).longValue();
                    Long division = row[1] == null ? null : ((Number) row[1]).longValue();
                    for (Key key : division == null ? List.of(new Key(office, null))
                            : List.of(new Key(office, null), new Key(office, division))) {
                        Recount before = result.getOrDefault(key, new Recount(new HashMap<>(), new LateCounts(0, 0, 0)));
                        before.perStatus().merge((RequestStatus) row[2], ((Number) row[3]).longValue(), Long::sum);
                        result.put(key, new Recount(before.perStatus(), new LateCounts(
                                before.late().answerLetters() + number(row[4]),
                                before.late().consultations() + number(row[5]),
                                before.late().requests() + number(row[6]))));
                    }
                }));
        result.values().forEach(r -> r.perStatus().values().removeIf(n -> Objects.equals(n, 0L)));
        return result;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
