package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SecondInstance;
import id.konsultasi.support.TcpProxy;
import id.konsultasi.support.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes down under a running instance (a second instance whose connections pass through a proxy the
 * test cuts, so that the shared database stays up): pages fail fast with the "temporarily unavailable, nothing was
 * lost" page, readiness goes DOWN (the load balancer stops sending visitors), and once the database is back the
 * instance recovers by itself.
 */
@IntegrationTest
class DatabaseOutageTests {

    static TcpProxy proxy;
    static SecondInstance instance;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void anInstanceBehindAProxy() throws Exception {
        String url = TestDatabase.get().url();
        Matcher hostAndPort = Pattern.compile("//([^/:]+):(\\d+)/").matcher(url);
        assertThat(hostAndPort.find()).as(url).isTrue();
        proxy = new TcpProxy(hostAndPort.group(1), Integer.parseInt(hostAndPort.group(2)));
        // its jobs stay idle: a job's lock taken just before the cut could not be given back, and would hold up the
        // shared context's outbox sender (and the other tests' mail) until the lock expires
        instance = SecondInstance.start("spring.datasource.url=" + hostAndPort.replaceFirst("//127.0.0.1:" + proxy.port() + "/"),
                "konsultasi.mail.poll-interval=1h", "konsultasi.request.tally-compaction-interval=1h");
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    static final String UNKNOWN_TOKEN = "tidakAdaPermohonanDenganTandaIniSamaSekali0123";

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheDatabaseIsDownPagesFailFastWithAClearPageReadinessIsDownAndItRecoversByItself() throws Exception {
        assertThat(get("/kantor/buton").statusCode()).isEqualTo(200);
        assertThat(get("/lacak/" + UNKNOWN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpVisitor head = HttpVisitor.demo(instance.port(), "kadis.buton");
        assertThat(head.get("/staf/disposisi").status()).isEqualTo(200);

        proxy.cut();

        // the office's page, seen before, and its standard are kept in memory (office.OfficeDirectory): still shown
        assertThat(get("/kantor/buton").statusCode()).isEqualTo(200);
        // a tracking page needs the database
        long started = System.nanoTime();
        HttpResponse<String> page = get("/lacak/" + UNKNOWN_TOKEN);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Layanan untuk sementara tidak tersedia");
        assertThat(Jsoup.parse(page.body()).select("p.lead").text()).contains("Tidak ada data yang hilang");
        assertThat(waited).as("answered within a few seconds").isLessThan(Duration.ofSeconds(8));
        // a signed-in officer, whose session is read from the database before any page
        HttpVisitor.Page staffPage = head.get("/staf/disposisi");
        assertThat(staffPage.status()).isEqualTo(503);
        assertThat(staffPage.document().select("h1").text()).isEqualTo("Layanan untuk sementara tidak tersedia");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        proxy.restore();

        await().atMost(Duration.ofSeconds(60)).until(() -> get("/lacak/" + UNKNOWN_TOKEN).statusCode() == 404);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        assertThat(head.get("/staf/disposisi").status()).as("the officer is still signed in").isEqualTo(200);
    }
}
