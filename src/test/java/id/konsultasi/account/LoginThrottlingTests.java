package id.konsultasi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import id.konsultasi.support.Fixtures;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guessing passwords: failures slow the next attempt down, then lock the account for a while; the login page says
 * so in plain words and when to try again, the same for a name that does not exist; the office administrator sees
 * the failures and the locks of the office's accounts and lifts a lock.
 */
@IntegrationTest
class LoginThrottlingTests {

    static final String PASSWORD = "sandi-uji-panjang";
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    Page attempt(HttpVisitor visitor, String username, String password) {
        return visitor.get("/masuk").form("form[action$=/masuk]").set("username", username).set("password", password)
                .submit();
    }

    /** What the login page says after the attempt (the alert), the attempt having been refused. */
    static String refusal(Page attempt) {
        assertThat(attempt.status()).isEqualTo(302);
        assertThat(attempt.location()).contains("/masuk?");
        return attempt.follow().document().select("main .alert").text();
    }

    /**
     * Ten wrong passwords for each name, each from another address and after the wait the page asked for; what the
     * page said after the last one. The clock stays at the moment of the last attempts.
     */
    String tenFailures(String... usernames) {
        String said = null;
        for (int i = 0; i < 10; i++) {
            TestClock.INSTANCE.advance(Duration.ofMinutes(i == 0 ? 0 : 16));
            for (String username : usernames) {
                said = refusal(attempt(HttpVisitor.anonymous(port), username, "bukan-sandinya-" + i));
            }
        }
        return said;
    }

    @Test
    void failuresDelayTheNextAttemptThenLockTheAccountAndEvenTheRightPasswordWaits() {
        var officer = fixtures.officer("buton");
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 3, 2, 9, 0), WITA);

        // three wrong passwords are just wrong
        for (int i = 0; i < 3; i++) {
            assertThat(refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), "salah-lagi-" + i)))
                    .contains("salah");
        }
        // the fourth attempt right away waits, even with the right password, and the page says for how long
        String waiting = refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD));
        assertThat(waiting).contains("Terlalu banyak percobaan masuk", "15 detik");
        TestClock.INSTANCE.advance(Duration.ofSeconds(15));
        assertThat(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD).location()).endsWith("/staf");

        // a success starts the count afresh; ten failures in a row lock the account for 15 minutes
        String locked = tenFailures(officer.getUsername());
        assertThat(locked).contains("Terlalu banyak percobaan masuk", "15 menit", "administrator");
        assertThat(refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD)))
                .contains("Terlalu banyak percobaan masuk");
        TestClock.INSTANCE.advance(Duration.ofMinutes(14));
        assertThat(refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD)))
                .contains("Terlalu banyak percobaan masuk", "1 menit");
        TestClock.INSTANCE.advance(Duration.ofMinutes(1));
        assertThat(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD).location()).endsWith("/staf");
    }

    @Test
    void aNameThatDoesNotExistGetsTheSameAnswers() {
        var officer = fixtures.officer("buton");
        String nobody = "tidak-ada-" + UUID.randomUUID().toString().substring(0, 8);
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 3, 3, 9, 0), WITA);
        for (int i = 0; i < 3; i++) {
            assertThat(refusal(attempt(HttpVisitor.anonymous(port), nobody, "salah-lagi-" + i)))
                    .isEqualTo(refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), "salah-lagi-" + i)));
        }
        assertThat(refusal(attempt(HttpVisitor.anonymous(port), nobody, "salah-lagi-4")))
                .isEqualTo(refusal(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD)))
                .contains("15 detik");
        assertThat(tenFailures(nobody)).isEqualTo(tenFailures(officer.getUsername()));
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDownToo() {
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 3, 4, 9, 0), WITA);
        HttpVisitor sprayer = HttpVisitor.anonymous(port);
        for (int i = 0; i < 10; i++) {
            assertThat(refusal(attempt(sprayer, "tebakan-" + UUID.randomUUID().toString().substring(0, 8), "password-123")))
                    .doesNotContain("Terlalu banyak");
        }
        var officer = fixtures.officer("buton");
        assertThat(refusal(attempt(sprayer, officer.getUsername(), PASSWORD))).contains("Terlalu banyak percobaan masuk");
        // another address is not concerned
        assertThat(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD).location()).endsWith("/staf");
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsAWrongPasswordNotAnError() {
        var officer = fixtures.officer("buton");
        Page refused = attempt(HttpVisitor.anonymous(port), officer.getUsername(), "é".repeat(50));
        assertThat(refusal(refused)).contains("salah");
    }

    @Test
    void theOfficeAdministratorSeesTheFailuresAndLocksOfTheOfficeAndLiftsALock() throws Exception {
        var officer = fixtures.officer("buton");
        var other = fixtures.officer("babel");
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 3, 5, 9, 0), WITA);
        tenFailures(officer.getUsername(), other.getUsername());

        Document record = Jsoup.parse(mvc.perform(get("/admin/pengguna/percobaan-masuk")
                        .with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(record.select("#locks").text()).contains(officer.getUsername()).doesNotContain(other.getUsername());
        assertThat(record.select("#failures").text()).contains(officer.getUsername())
                .doesNotContain(other.getUsername());
        // the system administrator sees every office's
        String all = mvc.perform(get("/admin/pengguna/percobaan-masuk").with(Staff.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(all).select("#locks").text()).contains(officer.getUsername(), other.getUsername());

        // another office's lock cannot be lifted by this administrator
        mvc.perform(post("/admin/pengguna/percobaan-masuk/buka").with(csrf()).with(Staff.as(users, "admin.buton"))
                .param("username", other.getUsername())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/pengguna/percobaan-masuk/buka").with(csrf()).with(Staff.as(users, "admin.buton"))
                .param("username", officer.getUsername())).andExpect(status().is3xxRedirection());

        assertThat(attempt(HttpVisitor.anonymous(port), officer.getUsername(), PASSWORD).location()).endsWith("/staf");
        assertThat(refusal(attempt(HttpVisitor.anonymous(port), other.getUsername(), PASSWORD)))
                .contains("Terlalu banyak percobaan masuk");
    }
}
