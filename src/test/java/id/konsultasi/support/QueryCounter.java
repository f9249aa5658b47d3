package id.konsultasi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while {@link #count} runs, so that
 * a test can prove a page's query count does not grow with its rows. Registered for all tests in
 * {@code application-test.properties}; it only looks, it never changes a statement. MockMvc requests run
 * on the test's thread, so only the page's own statements are counted, never a background job's.
 */
public class QueryCounter implements StatementInspector {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> statements = STATEMENTS.get();
        if (statements != null) {
            statements.add(sql);
        }
        return sql;
    }

    /** The statements run on this thread by the action. */
    public static List<String> statementsOf(Runnable action) {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            action.run();
        } finally {
            STATEMENTS.remove();
        }
        return statements;
    }

    /** The result of an action together with the statements it ran. */
    public static <T> Counted<T> count(Supplier<T> action) {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            T result = action.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            STATEMENTS.remove();
        }
    }

    public record Counted<T>(T result, List<String> statements) {
    }
}
