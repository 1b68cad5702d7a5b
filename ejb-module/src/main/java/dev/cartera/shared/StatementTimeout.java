package dev.cartera.shared;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Every JPA statement gets a timeout, {@code cartera.db.statement-timeout} (10 s by default): past it the
 * database cancels the statement and the caller gets a 503 instead of a request that holds a core for minutes
 * (a filter no index serves at a million rows took 24 s, a deep page 282 s). The work that reads whole tables
 * (the dump, the loyalty report's aggregate) goes through JDBC and is bounded by {@link #forWholeTable} instead; an
 * import or an export runs many short statements, each under it. A database that keeps one timeout per connection
 * (H2) gets it on the connection, not on every statement ({@link ConnectionQueryTimeout} says why).
 */
public class StatementTimeout implements SessionCustomizer {

    /** The bound of one JDBC statement that reads a whole table, where EclipseLink's timeout does not reach. */
    public static final Duration WHOLE_TABLE = Duration.ofMinutes(5);

    static final String KEY = TimedOutStatement.SETTING;
    static final Duration DEFAULT = Duration.ofSeconds(10);
    private static final String ENVIRONMENT = "CARTERA_DB_STATEMENT_TIMEOUT";
    private static final Logger LOG = Logger.getLogger(StatementTimeout.class.getName());

    @Override
    public void customize(Session session) {
        Duration timeout = timeout();
        if (ConnectionQueryTimeout.appliesTo(session)) {
            session.getEventManager().addListener(new ConnectionQueryTimeout(wholeSeconds(timeout)));
        } else {
            session.setQueryTimeoutDefault((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            session.setQueryTimeoutUnitDefault(TimeUnit.MILLISECONDS);
        }
        LOG.info(() -> "Database statements time out after " + timeout + " (" + KEY + ")");
    }

    /**
     * Gives a JDBC statement that reads a whole table its own bound, {@link #WHOLE_TABLE}. It must set one: on H2 the
     * timeout is the pooled connection's, and EclipseLink left the request's on it.
     */
    public static void forWholeTable(Statement statement) throws SQLException {
        statement.setQueryTimeout((int) WHOLE_TABLE.toSeconds());
    }

    /** JDBC's timeouts are whole seconds: rounded up, as EclipseLink rounds its own. */
    static int wholeSeconds(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.plusMillis(999).toSeconds());
    }

    protected Duration timeout() {
        return configured();
    }

    /** The bound of every statement, from the configuration. */
    public static Duration configured() {
        Duration timeout = setting().map(Duration::parse).orElse(DEFAULT);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(KEY + " must be a positive ISO-8601 duration such as PT10S, not " + timeout);
        }
        return timeout;
    }

    /**
     * The setting through MicroProfile Config; where the persistence unit is set up before MicroProfile Config can
     * be asked (GlassFish 8 finds no ConfigProviderResolver then), straight from the system property or the
     * environment variable that Config itself would read.
     */
    private static Optional<String> setting() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(KEY, String.class);
        } catch (IllegalStateException noConfigYet) {
            LOG.info(() -> "MicroProfile Config is not available while the persistence unit is set up: " + KEY
                    + " is read from the system property or " + ENVIRONMENT);
            return Optional.ofNullable(System.getProperty(KEY)).or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT)));
        }
    }
}
