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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@ExtendWith({TestClock.Reset.class, ProductionCsrfTokens.class})
public @interface IntegrationTest {
}
