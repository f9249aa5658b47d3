package id.konsultasi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test PostgreSQL and SMTP server, with the demo data loaded and a real
 * HTTP port. Every test class with this annotation shares one application context. Its clock is the
 * {@link TestClock}: a chosen working-day moment that ticks unless a test sets it, and that again after each
 * test. Its CSRF tokens are kept as production keeps them before each test ({@link ProductionCsrfTokens}).
 * <p>
 * <b>Which test to write.</b> This is the slowest kind (its context takes 40-90 s to start on a loaded machine) and
 * runs on the demo data every such test shares. Use it for what users do across modules (a journey through HTTP or
 * in a browser, what each demo user sees) and for what only the whole application shows (sessions in PostgreSQL,
 * a real login, the filters on a real port). What one page does with what is sent to it (binding, the messages
 * beside the fields, redirects, 404s, who gets a 403) is a {@link WebSlice} test of its controller, a context of a
 * few seconds. What a module does with the database and its events (the event another module listens to, the mail
 * in the outbox) is an {@code @ApplicationModuleTest} (see {@code feedback/ComplaintEventsModuleTests}). The rule
 * of one class is a plain unit test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@ExtendWith({TestClock.Reset.class, ProductionCsrfTokens.class, LocalSubmissionsForgotten.class})
public @interface IntegrationTest {
}
