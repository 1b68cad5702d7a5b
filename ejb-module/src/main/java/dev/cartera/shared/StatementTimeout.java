package dev.cartera.shared;

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
 * (the dump, the loyalty report's aggregate) goes through JDBC and is not bounded by it; an import or an export
 * runs many short statements, each under it.
 */
public class StatementTimeout implements SessionCustomizer {

    static final String KEY = TimedOutStatement.SETTING;
    static final Duration DEFAULT = Duration.ofSeconds(10);
    private static final String ENVIRONMENT = "CARTERA_DB_STATEMENT_TIMEOUT";
    private static final Logger LOG = Logger.getLogger(StatementTimeout.class.getName());

    @Override
    public void customize(Session session) {
        Duration timeout = timeout();
        session.setQueryTimeoutDefault((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        session.setQueryTimeoutUnitDefault(TimeUnit.MILLISECONDS);
        LOG.info(() -> "Database statements time out after " + timeout + " (" + KEY + ")");
    }

    protected Duration timeout() {
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
