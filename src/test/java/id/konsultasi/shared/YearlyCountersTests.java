package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One yearly counter per office, kind and year: 1, 2, 3..., and a rolled-back number is given again. */
@IntegrationTest
class YearlyCountersTests {

    @Autowired
    YearlyCounters counters;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    long next(long officeId, String kind, int year) {
        return new TransactionTemplate(transactionManager).execute(status -> counters.next(officeId, kind, year));
    }

    @Test
    void eachOfficeKindAndYearCountsOnItsOwnFromOne() {
        long office = jdbc.queryForObject("select id from office where code = 'buton'", Long.class);
        long other = jdbc.queryForObject("select id from office where code = 'babel'", Long.class);
        String kind = "T" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(next(office, kind, 2026)).isEqualTo(1);
        assertThat(next(office, kind, 2026)).isEqualTo(2);
        assertThat(next(office, kind, 2027)).isEqualTo(1);
        assertThat(next(other, kind, 2026)).isEqualTo(1);
        assertThat(next(office, "U" + kind, 2026)).isEqualTo(1);
        assertThat(next(office, kind, 2026)).isEqualTo(3);
    }

    @Test
    void aRolledBackTransactionGivesItsNumberBack() {
        long office = jdbc.queryForObject("select id from office where code = 'buton'", Long.class);
        String kind = "R" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(next(office, kind, 2026)).isEqualTo(1);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(counters.next(office, kind, 2026)).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(next(office, kind, 2026)).isEqualTo(2);
    }

    @Test
    void aNumberIsOnlyTakenInsideTheCallersTransaction() {
        assertThatThrownBy(() -> counters.next(1, "X", 2026)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
