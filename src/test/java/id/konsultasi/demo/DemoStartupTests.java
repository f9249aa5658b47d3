package id.konsultasi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.konsultasi.KonsultasiApplication;
import id.konsultasi.office.Offices;
import id.konsultasi.support.TestDatabase;
import id.konsultasi.support.TestInfrastructureContextCustomizerFactory;
import id.konsultasi.support.TestMail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh start with the demo data, as the first visitor meets it: an application of its own on an empty
 * database (the shared test application started long ago). The moment its web server opens, the home page
 * already lists both offices; readiness reports "accepting traffic" only with the offices there.
 */
class DemoStartupTests {

    record Moment(long offices, List<String> homePageOffices, int readiness) {
    }

    @Test
    void theServerOpensAndTheApplicationIsReadyOnlyOnceTheDemoOfficesExist() throws Exception {
        TestDatabase.Connection shared = TestDatabase.get();
        String database = "startup_" + Long.toHexString(System.nanoTime());
        try {
            execute(shared, "create database " + database);
        } catch (SQLException e) {
            Assumptions.abort("the test database user may not create a database: " + e.getMessage());
        }
        Map<String, Moment> seen = new ConcurrentHashMap<>();
        ApplicationListener<ApplicationEvent> watcher = event -> {
            if (event instanceof WebServerInitializedEvent opened) {
                int port = opened.getWebServer().getPort();
                seen.put("server opened", new Moment(offices(opened.getApplicationContext()), homePageOffices(port),
                        status(port, "/actuator/health/readiness")));
            } else if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                seen.put("ready", new Moment(offices((ConfigurableApplicationContext) change.getSource()), List.of(), 0));
            }
        };
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KonsultasiApplication.class)
                .profiles("test", "demo")
                .listeners(watcher)
                // the tests' clock, quick BCrypt for the demo users and the one key pair, as the shared context has
                .initializers(starting -> TestInfrastructureContextCustomizerFactory.registerTestParts(
                        (BeanDefinitionRegistry) starting))
                .registerShutdownHook(false)
                .run("--spring.datasource.url=" + shared.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database),
                        "--spring.datasource.username=" + shared.username(),
                        "--spring.datasource.password=" + shared.password(),
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(), "--server.port=0")) {
            assertThat(context.getBean(Offices.class).count()).isEqualTo(2);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(status(port, "/actuator/health/readiness")).as("readiness once started").isEqualTo(200);
        } finally {
            execute(shared, "drop database if exists " + database + " with (force)");
        }

        Moment opened = seen.get("server opened");
        assertThat(opened).isNotNull();
        assertThat(opened.offices()).as("offices in the database when the server opened").isEqualTo(2);
        assertThat(opened.homePageOffices()).as("the first visitor's home page")
                .containsExactlyInAnyOrder("/kantor/buton", "/kantor/babel");
        assertThat(opened.readiness()).as("readiness while the application still starts").isEqualTo(503);
        assertThat(seen.get("ready")).isNotNull();
        assertThat(seen.get("ready").offices()).as("offices when readiness says accepting traffic").isEqualTo(2);
    }

    static long offices(org.springframework.context.ApplicationContext context) {
        return context.getBean(Offices.class).count();
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static List<String> homePageOffices(int port) {
        return Jsoup.parse(get(port, "/", "text/html").body()).select("main a[href^=/kantor/]").eachAttr("href");
    }

    static int status(int port, String path) {
        return get(port, path, "application/json").statusCode();
    }

    static HttpResponse<String> get(int port, String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(20)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " while starting", e);
        }
    }

    static void execute(TestDatabase.Connection db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            connection.createStatement().execute(sql);
        }
    }
}
