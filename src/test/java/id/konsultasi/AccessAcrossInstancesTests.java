package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import id.konsultasi.support.Fixtures;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SecondInstance;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two instances behind one load balancer share one lock-out state and one rate limit: what a client does on one
 * counts on the other (the state lives in PostgreSQL, not in an instance's memory).
 */
@IntegrationTest
class AccessAcrossInstancesTests {

    static SecondInstance other;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @BeforeAll
    static void startTheSecondInstance() {
        other = SecondInstance.start();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (other != null) {
            other.close();
        }
    }

    static Page attempt(HttpVisitor visitor, String username, String password) {
        return visitor.get("/masuk").form("form[action$=/masuk]").set("username", username).set("password", password)
                .submit();
    }

    @Test
    void failuresOnOneInstanceLockTheAccountOnTheOther() {
        var officer = fixtures.officer("buton");
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 3, 9, 9, 0), ZoneId.of("Asia/Makassar"));
        for (int i = 0; i < 10; i++) {
            Page failed = attempt(HttpVisitor.anonymous(port), officer.getUsername(), "bukan-sandinya-" + i);
            assertThat(failed.location()).contains("/masuk?");
            TestClock.INSTANCE.advance(Duration.ofMinutes(16));
        }
        TestClock.INSTANCE.advance(Duration.ofMinutes(-15));

        Page elsewhere = attempt(HttpVisitor.anonymous(other.port()), officer.getUsername(), "sandi-uji-panjang");
        assertThat(elsewhere.location()).contains("/masuk?");
        assertThat(elsewhere.follow().document().select("main .alert").text())
                .contains("Terlalu banyak percobaan masuk");
    }

    @Test
    void theSubmissionLimitIsOneLimitAcrossBothInstances() {
        String client = HttpVisitor.freshAddress();
        HttpVisitor here = HttpVisitor.anonymous(port, client);
        HttpVisitor there = HttpVisitor.anonymous(other.port(), client);
        for (int i = 0; i < 20; i++) {
            HttpVisitor visitor = i % 2 == 0 ? here : there;
            assertThat(askForALink(visitor).status()).as("request " + (i + 1)).isEqualTo(302);
        }
        assertThat(askForALink(here).status()).isEqualTo(429);
        assertThat(askForALink(there).status()).isEqualTo(429);
    }

    static Page askForALink(HttpVisitor visitor) {
        return visitor.get("/lacak").form("form[action$=/lacak]")
                .set("receiptNumber", "TIDAK/ADA/" + UUID.randomUUID()).set("email", "siapa@contoh.id").submit();
    }
}
