package id.konsultasi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    public static void main(String[] args) throws Exception {
        Path data = Path.of(".data", "postgres").toAbsolutePath();
        stopOrphanedServer(data);
        EmbeddedPostgres postgres = TestDatabase.startEmbedded(data);
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(TestMail.port()));
        SpringApplication.from(KonsultasiApplication::main)
                .withAdditionalProfiles("demo", "local")
                .run(args);
    }

    /**
     * A previous run that was killed (not stopped) leaves its PostgreSQL running on the data folder;
     * stop it so that this run can start.
     */
    private static void stopOrphanedServer(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(server -> {
                    System.out.println("Stopping the PostgreSQL left running by a previous run (pid " + pid + ")");
                    server.destroy();
                    server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }
}
