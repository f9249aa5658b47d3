package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import id.konsultasi.demo.DemoData;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Headers, CSRF, session cookies and sessions in PostgreSQL, health, and error pages without stack traces. */
@IntegrationTest
class WebSecurityTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> getPage(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(HttpClient client, String username, String password) throws Exception {
        String token = Jsoup.parse(getPage(client, "/masuk").body()).select("input[name=_csrf]").val();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndTheOtherSecureHeaders() throws Exception {
        HttpResponse<String> home = getPage(client(), "/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        // the pages themselves satisfy the policy: no inline script, no inline style
        var doc = Jsoup.parse(home.body());
        assertThat(doc.select("script:not([src])")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("style")).isEmpty();
    }

    @Test
    void signingInCreatesAnHttpOnlySameSiteSessionStoredInPostgres() throws Exception {
        HttpClient client = client();
        HttpResponse<String> response = login(client, "kadis.buton", DemoData.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staf");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("KONSULTASI_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'kadis.buton'",
                Integer.class)).isPositive();
        HttpResponse<String> home = getPage(client, "/staf");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Drs. La Ode Muhammad Arifin");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient client = client();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=kadis.buton&password=" + DemoData.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Akses ditolak");
    }

    @Test
    void healthIsUpForTheLoadBalancer() throws Exception {
        HttpResponse<String> health = client().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aCrashShowsTheErrorPageInBothLanguagesAndNoStackTrace() throws Exception {
        HttpClient client = client();
        login(client, "petugas.babel", DemoData.PASSWORD);
        HttpResponse<String> crash = getPage(client, "/uji/gagal");
        assertThat(crash.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(crash.body()).select("h1").text()).isEqualTo("Terjadi gangguan");
        assertThat(crash.body()).doesNotContain("boom", "secret_table", "Exception", "at id.konsultasi");
        HttpResponse<String> english = getPage(client, "/uji/gagal?lang=en");
        assertThat(Jsoup.parse(english.body()).select("h1").text()).isEqualTo("Something went wrong");
    }

    @Test
    void malformedInputIsA400PageNotA500() throws Exception {
        mvc.perform(get("/admin/bidang/bukan-angka").accept(MediaType.TEXT_HTML).with(Staff.as(users, "admin.buton")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/pengguna/1/status").accept(MediaType.TEXT_HTML)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(Staff.as(users, "admin.buton")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/kantor/tidak-ada").accept(MediaType.TEXT_HTML).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Page not found"));
    }
}
