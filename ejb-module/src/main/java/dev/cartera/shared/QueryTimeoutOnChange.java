package dev.cartera.shared;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Properties;
import java.util.Set;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink's connections, whose statements pass a query timeout on to the driver only when the driver does not
 * already have it.
 *
 * <p>EclipseLink sets {@link StatementTimeout}'s timeout on every statement it runs. H2, the embedded default, keeps
 * one timeout per connection and runs each {@code setQueryTimeout} as a {@code SET QUERY_TIMEOUT}, and every
 * {@code SET} moves the database's metadata version: each prepared statement of every connection is then parsed and
 * planned again at its next run. H2's trace of one found lookup showed 9 such {@code SET}s and all 5 of the request's
 * statements planned again: Payara's statement cache puts a cached statement's timeout back as it found it when the
 * statement is closed, so every statement set it twice. Through this, a pooled H2 connection gets the timeout once,
 * on a statement of its own that the cache does not keep (so nothing puts it back). A driver that keeps the timeout
 * per statement (SQL Server's) gets it on the statement whenever the statement's own differs. Each statement runs with
 * the timeout it was given either way.
 */
public final class QueryTimeoutOnChange implements Connector {

    /** The product name of the database whose query timeout is the connection's, not the statement's. */
    private static final String H2 = "H2";

    private final Connector connector;

    private QueryTimeoutOnChange(Connector connector) {
        this.connector = connector;
    }

    /** Puts it in front of every connector the session will connect through: its own, and its pools'. */
    static void install(Session session) {
        Set<DatasourceLogin> logins = Collections.newSetFromMap(new IdentityHashMap<>());
        if (session.getDatasourceLogin() instanceof DatasourceLogin login) {
            logins.add(login);
        }
        if (session instanceof ServerSession server) {
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                if (pool.getLogin() instanceof DatasourceLogin login) {
                    logins.add(login);
                }
            }
            if (server.getReadConnectionPool() != null && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin login) {
                logins.add(login);
            }
        }
        for (DatasourceLogin login : logins) {
            if (login.getConnector() != null && !(login.getConnector() instanceof QueryTimeoutOnChange)) {
                login.setConnector(new QueryTimeoutOnChange(login.getConnector()));
            }
        }
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        return wrap(connector.connect(properties, session));
    }

    /** The connection, its statements passing a timeout on only when it differs from the driver's. */
    public static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(QueryTimeoutOnChange.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Delegating(connection) {
                    @Override
                    Object invoke(Method method, Object[] args) throws Throwable {
                        Object result = call(method, args);
                        return result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())
                                ? statement(connection, statement, method.getReturnType()) : result;
                    }
                });
    }

    private static Object statement(Connection connection, Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(QueryTimeoutOnChange.class.getClassLoader(), new Class<?>[]{type},
                new Delegating(statement) {
                    @Override
                    Object invoke(Method method, Object[] args) throws Throwable {
                        if (method.getName().equals("setQueryTimeout") && args != null && args.length == 1) {
                            setQueryTimeout(connection, statement, (Integer) args[0]);
                            return null;
                        }
                        return call(method, args);
                    }
                });
    }

    private static void setQueryTimeout(Connection connection, Statement statement, int seconds) throws SQLException {
        if (statement.getQueryTimeout() == seconds) {
            return;
        }
        if (H2.equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement own = connection.createStatement()) {
                own.setQueryTimeout(seconds);
            }
        } else {
            statement.setQueryTimeout(seconds);
        }
    }

    /** Calls on to the wrapped JDBC object; a proxy equals itself only. */
    private abstract static class Delegating implements InvocationHandler {

        private final Object target;

        Delegating(Object target) {
            this.target = target;
        }

        @Override
        public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "equals" -> args != null && args.length == 1 && proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> invoke(method, args);
            };
        }

        abstract Object invoke(Method method, Object[] args) throws Throwable;

        final Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public Object clone() {
        return new QueryTimeoutOnChange((Connector) connector.clone());
    }

    @Override
    public void toString(PrintWriter writer) {
        connector.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return connector.getConnectionDetails();
    }

    @Override
    public String toString() {
        return "QueryTimeoutOnChange(" + connector + ")";
    }
}
