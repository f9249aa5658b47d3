package id.konsultasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benchmark's PostgreSQL: the one in {@code TEST_DATABASE_URL} (a scratch database: the benchmark adds a
 * million requests to it), else an embedded PostgreSQL of the production version in {@code target/bench/postgres},
 * new for each run and configured as a small server would be (every commit written to disk, 512 MB of buffers).
 */
record Database(String url, String username, String password, String kind, EmbeddedPostgres embedded)
        implements AutoCloseable {

    static Database start(Path directory) throws IOException, InterruptedException {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, BenchmarkRun.env("TEST_DATABASE_USERNAME", "postgres"),
                    BenchmarkRun.env("TEST_DATABASE_PASSWORD", ""), "TEST_DATABASE_URL", null);
        }
        stopOrphanedServer(directory);
        delete(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_buffers", "512MB")
                // filling a million requests writes a few GB of WAL: fewer checkpoints meanwhile
                .setServerConfig("max_wal_size", "4GB")
                .start();
        return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded", postgres);
    }

    String version() {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password))
                .queryForObject("SHOW server_version", String.class);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    /** A run that was killed leaves its PostgreSQL running on the folder: stop it. */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(server -> {
                    server.destroy();
                    server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
