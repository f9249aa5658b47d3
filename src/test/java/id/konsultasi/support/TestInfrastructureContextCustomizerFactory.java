package id.konsultasi.support;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import id.konsultasi.verification.SigningKeys;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.function.SingletonSupplier;

/**
 * Points every test application context at the shared test PostgreSQL and the test SMTP server (a
 * {@code @WebMvcTest} slice uses neither, and starts neither),
 * before any bean is created, gives it the {@link TestClock} that tests move, lets {@link SqlStatements} count
 * the statements run through its data source, hashes passwords with BCrypt at its lowest cost and makes one key pair
 * for the self-signed office certificates ({@code SigningKeys.KeyPairs}). Registered in {@code META-INF/spring.factories}.
 */
public class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    /**
     * The key pair of every self-signed office certificate of this JVM (each office still has its own certificate),
     * RSA of 1024 bits: generating a 2048-bit pair for each office took 12 % of a test JVM's CPU (half a second a pair
     * under C1), and signing each letter with it another 5 %. The letters are signed and their signatures checked as
     * in production, with a shorter key, as passwords are hashed at a lower cost.
     */
    public static final SigningKeys.KeyPairs KEY_PAIRS = SingletonSupplier.of(() -> {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(1024);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    })::get;

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean webSlice = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(WebMvcTest.class);
        return new Customizer(!webSlice);
    }

    /** @param servers whether the context uses the database and the mail server (a {@link WebSlice} uses neither) */
    record Customizer(boolean servers) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (servers) {
                TestDatabase.Connection db = TestDatabase.get();
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure",
                        Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password(),
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", String.valueOf(TestMail.port()))));
            }
            if (context instanceof BeanDefinitionRegistry registry) {
                registerTestParts(registry);
                RootBeanDefinition statements = new RootBeanDefinition(SqlStatements.Wrapping.class);
                statements.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
                registry.registerBeanDefinition("sqlStatementsCounting", statements);
            }
        }

        /**
         * BCrypt as in production, at its lowest cost: the demo users and every login of a test hash in a
         * millisecond instead of about 80 (cost 10 took 4-5 s of each context's start). A hash keeps its cost,
         * so the application checks it as it would any other.
         */
        static PasswordEncoder quickBcrypt() {
            return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        }
    }

    /**
     * The parts every application context of the tests gets, also one a test starts itself ({@link SecondInstance},
     * {@code DemoStartupTests}): the {@link TestClock}, BCrypt at its lowest cost and the one key pair of the
     * self-signed office certificates.
     */
    public static void registerTestParts(BeanDefinitionRegistry registry) {
        RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> TestClock.INSTANCE);
        clock.setPrimary(true);
        registry.registerBeanDefinition("testClock", clock);
        RootBeanDefinition passwords = new RootBeanDefinition(PasswordEncoder.class, Customizer::quickBcrypt);
        passwords.setPrimary(true);
        registry.registerBeanDefinition("testPasswordEncoder", passwords);
        registry.registerBeanDefinition("testKeyPairs", new RootBeanDefinition(SigningKeys.KeyPairs.class,
                () -> KEY_PAIRS));
    }
}
