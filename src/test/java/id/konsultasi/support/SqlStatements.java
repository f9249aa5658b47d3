package id.konsultasi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the current thread through the application's {@link DataSource} while
 * {@link #of} runs, whoever prepares them: Hibernate, a {@code JdbcTemplate}, Spring Session's store. Where
 * {@link QueryCounter} sees Hibernate's statements only, this sees all of them. MockMvc requests run on the
 * test's thread, so only the request's own statements are counted, never a background job's. Outside
 * {@link #of} the application gets its connections unwrapped. The {@link DataSource} is wrapped for every test
 * context by {@link TestInfrastructureContextCustomizerFactory}; it only looks, it never changes a statement.
 */
public final class SqlStatements {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** Something a test does that may throw (a MockMvc request). */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** The SQL of the statements the action prepared on this thread, in order. */
    public static List<String> of(Action action) {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            STATEMENTS.remove();
        }
        return List.copyOf(statements);
    }

    /** Wraps the application's data source (a bean post-processor of the test contexts). */
    static final class Wrapping implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            List<String> statements = STATEMENTS.get();
            if (statements == null) {
                return connection;
            }
            InvocationHandler handler = (proxy, method, args) -> {
                switch (method.getName()) {
                    case "prepareStatement", "prepareCall" -> statements.add((String) args[0]);
                    case "createStatement" -> statements.add("(statement)");
                    default -> {
                    }
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
