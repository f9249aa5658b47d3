package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Receipt numbers are unique per office and year, in order, without gaps, also when many arrive at once. */
@IntegrationTest
class RequestNumbersTests {

    @Autowired
    RequestService service;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    Office freshOffice(String prefix) {
        Office babel = offices.findByCode("babel").orElseThrow();
        OfficeProfile p = babel.profile();
        String code = "nomor-" + UUID.randomUUID().toString().substring(0, 8);
        return administration.createOffice(code, new OfficeProfile("Dinas Uji " + code, p.government(), p.address(),
                p.phone(), p.email(), p.website(), p.timeZone(), p.workStart(), p.workEnd(), prefix),
                directory.standard(babel.getId()));
    }

    NewRequest request(Channel channel) {
        return new NewRequest(channel, UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON,
                "Pemohon", null, null, null, "+6281234567890", null, null), "Topik", "Tujuan",
                ConsultationMode.ONLINE, null, false, true);
    }

    @Test
    void concurrentSubmissionsGetDistinctNumbersWithoutGaps() throws Exception {
        Office office = freshOffice("UJI");
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return service.submit(office.getId(), request(Channel.ONLINE), List.of(), Actor.applicant());
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Receipt> f : futures) {
            String number = f.get().receiptNumber();
            assertThat(number).matches("KONS/UJI/\\d{4}/\\d{6}");
            numbers.add(Integer.parseInt(number.substring(number.length() - 6)));
        }
        pool.shutdown();
        Collections.sort(numbers);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add(i);
        }
        assertThat(numbers).isEqualTo(expected);
    }

    /**
     * The counter is locked only at the very end of a submission: one whose scan cannot be stored yet (the
     * table is locked here, as a slow disk or a slow upload would hold it) does not keep the next applicant
     * from getting a number, and the numbers stay gap-free in the order the submissions completed.
     */
    @Test
    void aSubmissionStillStoringItsScanDoesNotHoldUpTheNextOnesNumber() throws Exception {
        Office office = freshOffice("LMB");
        byte[] scan = new byte[200 * 1024];
        new Random(7).nextBytes(scan);
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, scan, 0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Receipt> slow;
        Future<Receipt> next;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE request_document_content IN SHARE MODE");
            }
            try {
                slow = pool.submit(() -> service.submit(office.getId(), request(Channel.ONLINE),
                        List.of(new NewDocument(DocumentKind.ID_SCAN, "ktp.pdf", "application/pdf", scan)),
                        Actor.applicant()));
                await().atMost(Duration.ofSeconds(10)).until(() -> waitingToWrite("request_document_content"));
                next = pool.submit(() -> service.submit(office.getId(), request(Channel.ONLINE), List.of(),
                        Actor.applicant()));
                await().atMost(Duration.ofSeconds(10)).until(next::isDone);
            } finally {
                blocker.rollback();
            }
        }
        assertThat(next.get().receiptNumber()).endsWith("/000001");
        assertThat(slow.get(30, TimeUnit.SECONDS).receiptNumber()).endsWith("/000002");
        pool.shutdown();
    }

    boolean waitingToWrite(String table) {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock' and query ilike ?""",
                Integer.class, "%" + table + "%") > 0;
    }

    @Test
    void aSubmissionThatFailsGivesItsNumberBack() {
        Office office = freshOffice("GAP");
        Receipt first = service.submit(office.getId(), request(Channel.ONLINE), List.of(), Actor.applicant());
        assertThatThrownBy(() -> service.submit(office.getId(), request(Channel.ONLINE),
                List.of(new NewDocument(DocumentKind.ID_SCAN, "x.pdf", "application/pdf", "bukan pdf".getBytes())),
                Actor.applicant())).isInstanceOf(IllegalArgumentException.class);
        Receipt next = service.submit(office.getId(), request(Channel.ONLINE), List.of(), Actor.applicant());
        assertThat(first.receiptNumber()).endsWith("/000001");
        assertThat(next.receiptNumber()).endsWith("/000002");
    }

    @Test
    void requestsRegisteredAtTheDeskOrFromALetterGetAnAgendaNumberAtOnce() {
        Office office = freshOffice("AGD");
        Receipt walkIn = service.submit(office.getId(), request(Channel.WALK_IN), List.of(), Actor.system());
        Receipt letter = service.submit(office.getId(), request(Channel.LETTER), List.of(), Actor.system());
        ConsultationRequest a = service.forStaff(new id.konsultasi.shared.security.StaffPrincipal(0, "x", "x",
                office.getId(), null, java.util.Set.of()), walkIn.requestId());
        ConsultationRequest b = service.forStaff(new id.konsultasi.shared.security.StaffPrincipal(0, "x", "x",
                office.getId(), null, java.util.Set.of()), letter.requestId());
        assertThat(a.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(a.getAgendaNumber()).matches("0001/AGD/\\d{4}");
        assertThat(b.getAgendaNumber()).matches("0002/AGD/\\d{4}");
    }
}
