package id.konsultasi.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, whose connections tell {@link StatementCounter} of every statement they prepare
 * or execute. Everything else goes straight to the pool's connection.
 */
final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(super.getConnection(username, password));
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Counting(connection));
    }

    /** Counts {@code prepareStatement} and {@code prepareCall}, and each execution of a plain statement. */
    private record Counting(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "prepareStatement", "prepareCall":
                    StatementCounter.statementSent(args[0]);
                    break;
                default:
                    if (target instanceof Statement && name.startsWith("execute")) {
                        StatementCounter.statementSent(args == null || args.length == 0 ? "(batch)" : args[0]);
                    }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if ("createStatement".equals(name)) {
                return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{Statement.class},
                        new Counting(result));
            }
            return result;
        }
    }
}
