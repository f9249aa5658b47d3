/**
 * Instruments for the benchmark ({@code bench/run.sh}), active only with the Spring profile {@code bench}, never
 * in production: every response says how many SQL statements its request ran (header
 * {@value id.konsultasi.bench.StatementCountFilter#HEADER}), counted at the JDBC connection, so that Hibernate's,
 * {@code JdbcTemplate}'s and Spring Session's statements all count.
 */
@ApplicationModule(displayName = "Benchmark instruments", allowedDependencies = {})
package id.konsultasi.bench;

import org.springframework.modulith.ApplicationModule;
