package id.konsultasi;

import java.nio.file.Path;

import id.konsultasi.support.TestDatabase;
import id.konsultasi.support.TestMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * The local run ({@code ./mvnw spring-boot:test-run}): an embedded PostgreSQL whose data lives in the
 * git-ignored folder {@code .data/postgres} and survives restarts, a local SMTP server that catches
 * every mail, and the demo data of both offices.
 */
public class TestKonsultasiApplication {

    public static void main(String[] args) {
        EmbeddedPostgres postgres = TestDatabase.startEmbedded(Path.of(".data", "postgres").toAbsolutePath());
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(TestMail.port()));
        SpringApplication.from(KonsultasiApplication::main)
                .withAdditionalProfiles("demo", "local")
                .run(args);
    }
}
