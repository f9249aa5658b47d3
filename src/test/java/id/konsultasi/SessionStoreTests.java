package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.demo.DemoData;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.HttpVisitor.Upload;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions live in PostgreSQL, so each one costs statements: static files never touch them, anonymous visitors of
 * the public pages get none (the CSRF token of their forms travels in a cookie), and a staff form sent after the
 * session ended still leads to the login page and back to the form.
 */
@IntegrationTest
class SessionStoreTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    Fixtures fixtures;

    @Test
    void aStaticFileAskedForWithASessionCookieRunsNoStatement() throws Exception {
        String setCookie = mvc.perform(post("/masuk").param("username", "petugas.buton")
                        .param("password", DemoData.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith("KONSULTASI_SESSION=")).findFirst().orElseThrow();
        Cookie session = new Cookie("KONSULTASI_SESSION", setCookie.substring("KONSULTASI_SESSION=".length(),
                setCookie.indexOf(';')));
        String stylesheet = Jsoup.parse(mvc.perform(get("/").cookie(session)).andReturn().getResponse()
                .getContentAsString()).select("link[href^=/css/]").attr("href");

        List<String> statements = SqlStatements.of(() -> mvc.perform(get(stylesheet).cookie(session))
                .andExpect(status().isOk()));
        assertThat(statements).isEmpty();
        // the same cookie on a staff page is read from the store: it is a valid session, and it is counted
        List<String> staffPage = SqlStatements.of(() -> mvc.perform(get("/staf").cookie(session))
                .andExpect(status().isOk()));
        assertThat(staffPage).anyMatch(sql -> sql.toLowerCase().contains("spring_session"));
    }

    @Test
    void aStaffPageReadsItsSessionOnceAndWritesItsLastAccessOnlyWhenThatIsAMinuteOld() throws Exception {
        Cookie session = signIn("kadis.buton");
        mvc.perform(get("/staf/disposisi").cookie(session)).andExpect(status().isOk());

        List<String> statements = SqlStatements.of(() -> mvc.perform(get("/staf/disposisi").cookie(session))
                .andExpect(status().isOk()));

        // the page is written and flushed (the session saved then), and the request goes on: the session it saved
        // is the one it has, not one to read again
        assertThat(sessionStatements(statements, "select")).as(String.join("\n", statements)).hasSize(1);
        assertThat(sessionStatements(statements, "update")).as("a read is not a write").isEmpty();

        // once the stored last access is a minute old, a request moves it (and the session stays alive)
        long aged = jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
                + "expiry_time = expiry_time - 120000 where principal_name = 'kadis.buton'");
        assertThat(aged).isPositive();
        // Spring Session stamps a session with the wall clock (not the application's Clock): compare with that
        long before = System.currentTimeMillis() - 60_000;
        List<String> later = SqlStatements.of(() -> mvc.perform(get("/staf/disposisi").cookie(session))
                .andExpect(status().isOk()));
        assertThat(sessionStatements(later, "select")).hasSize(1);
        assertThat(sessionStatements(later, "update")).hasSize(1);
        assertThat(jdbc.queryForObject("select max(last_access_time) from spring_session "
                + "where principal_name = 'kadis.buton'", Long.class)).isGreaterThan(before);
        // and it is still the head's session on the next page
        mvc.perform(get("/staf/disposisi").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("count-waiting")));
    }

    static List<String> sessionStatements(List<String> statements, String verb) {
        return statements.stream().filter(sql -> sql.toLowerCase(Locale.ROOT)
                .matches("(?s)\\s*" + verb + "\\s.*\\bspring_session\\b.*")).toList();
    }

    Cookie signIn(String username) throws Exception {
        String setCookie = mvc.perform(post("/masuk").param("username", username)
                        .param("password", DemoData.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith("KONSULTASI_SESSION=")).findFirst().orElseThrow();
        return new Cookie("KONSULTASI_SESSION", setCookie.substring("KONSULTASI_SESSION=".length(),
                setCookie.indexOf(';')));
    }

    @Test
    void anonymousVisitorsOfTheFormAndOfATrackingPageOpenNoSessionAndTheFormStillWorks() {
        Receipt receipt = journeys.submit("buton", "Wa Ode Tanpa Sesi", "tanpa.sesi@contoh.id");
        Set<String> before = sessions();
        HttpVisitor visitor = null;
        for (int i = 0; i < 50; i++) {
            visitor = HttpVisitor.anonymous(port);
            for (String path : List.of("/kantor/buton/ajukan", "/lacak/" + receipt.trackingToken())) {
                Page page = visitor.get(path);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.headers().allValues("Set-Cookie")).as(path)
                        .noneMatch(cookie -> cookie.startsWith("KONSULTASI_SESSION="));
            }
        }
        assertThat(newSince(before)).isEmpty();

        // the last of them sends the form: its CSRF token came with the page, the request is received
        Page sent = visitor.get("/kantor/buton/ajukan").form("form[enctype=multipart/form-data]")
                .set("change", "idScan").submit().form("form[enctype=multipart/form-data]") // its last page, the files
                .set("name", "Wa Ode Tanpa Sesi").set("nik", "7404015708900003").set("phone", "0852-5704-8204")
                .set("email", "tanpa.sesi@contoh.id").set("topic", "Syarat bantuan sosial lansia")
                .set("purpose", "Mengetahui syarat dan alur pengajuan").set("preferredMode", "IN_PERSON")
                .set("consent", "true").attach("idScan", Upload.pdf("ktp.pdf")).submit()
                .form("#check-answers").press("button[name=send]").submit();
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).contains("/tanda-terima");
        assertThat(sent.follow().status()).isEqualTo(200);
        assertThat(newSince(before)).isEmpty();

        // a form without its token is still refused, with or without the token's cookie
        Page forged = visitor.get("/kantor/buton/ajukan").form("form[enctype=multipart/form-data]")
                .set("_csrf", "palsu").set("name", "Pemalsu").submit();
        assertThat(forged.status()).isEqualTo(403);
        Page foreign = HttpVisitor.anonymous(port).postForm("/lacak/" + receipt.trackingToken() + "/batal",
                List.of(HttpVisitor.Part.field("reason", "palsu")), java.util.Map.of());
        assertThat(foreign.status()).isEqualTo(403);
    }

    @Test
    void aStaffFormSentAfterTheSessionEndedLeadsToTheLoginPageAndBackToTheForm() {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "sesi.habis@contoh.id", officer);
        HttpVisitor visitor = HttpVisitor.signedIn(port, officer.getUsername(), "sandi-uji-panjang");
        Page form = visitor.get("/staf/konsultasi/" + r.getId());
        assertThat(form.status()).isEqualTo(200);

        jdbc.update("delete from spring_session where principal_name = ?", officer.getUsername());

        Page draft = form.form("#record-form").to("/staf/konsultasi/" + r.getId() + "/draf")
                .header("HX-Request", "true").set("problem", "teks").submit();
        assertThat(draft.status()).isEqualTo(401);
        Page sent = form.form("#record-form").set("problem", "teks").submit();
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/masuk?sesi");
        Page login = sent.follow().form("form[action$=/masuk]").set("username", officer.getUsername())
                .set("password", "sandi-uji-panjang").submit();
        assertThat(login.location()).endsWith("/staf/konsultasi/" + r.getId());
    }

    Set<String> sessions() {
        return new HashSet<>(jdbc.queryForList("select session_id from spring_session", String.class));
    }

    Set<String> newSince(Set<String> before) {
        Set<String> now = sessions();
        now.removeAll(before);
        return now;
    }
}
