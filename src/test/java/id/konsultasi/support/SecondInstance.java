package id.konsultasi.support;

import java.util.Map;

import id.konsultasi.KonsultasiApplication;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A second instance of the application in the same JVM, on the same PostgreSQL and SMTP server as the tests'
 * shared context, with its own port, connection pool, scheduler and in-memory state, as a second server behind a
 * load balancer would have. It shares the {@link TestClock} (and the other test parts,
 * {@link TestInfrastructureContextCustomizerFactory#registerTestParts}). What one instance decides (a lock-out, a rate limit,
 * a scheduled job's lock, a mail sent) must be seen by the other through the database alone.
 *
 * <pre>
 * try (SecondInstance other = SecondInstance.start()) {
 *     HttpVisitor visitor = HttpVisitor.anonymous(other.port());
 *     other.bean(SomeService.class)...
 * }
 * </pre>
 *
 * Starting one takes about as long as the shared context took (Flyway finds nothing to do, the demo data
 * exists): start it once per test class, not per test.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the second instance; {@code properties} are added to (or override) the tests' own. */
    public static SecondInstance start(String... properties) {
        TestDatabase.Connection db = TestDatabase.get();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(KonsultasiApplication.class)
                .profiles("test", "demo")
                .properties("server.port=0", "spring.main.banner-mode=off")
                .properties(properties)
                .initializers(context -> {
                    Map<String, Object> shared = new java.util.HashMap<>(Map.of(
                            "spring.datasource.url", db.url(),
                            "spring.datasource.username", db.username(),
                            "spring.datasource.password", db.password(),
                            "spring.mail.host", "127.0.0.1",
                            "spring.mail.port", String.valueOf(TestMail.port())));
                    // a property given here wins (e.g. the database reached through a proxy the test can cut)
                    for (String property : properties) {
                        int equals = property.indexOf('=');
                        shared.put(property.substring(0, equals), property.substring(equals + 1));
                    }
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                            "second-instance", shared));
                    if (context instanceof BeanDefinitionRegistry registry) {
                        TestInfrastructureContextCustomizerFactory.registerTestParts(registry);
                    }
                });
        return new SecondInstance(builder.run());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
