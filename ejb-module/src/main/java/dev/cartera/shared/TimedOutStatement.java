package dev.cartera.shared;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Recognises a statement the database cancelled at its timeout ({@link StatementTimeout}), whatever wraps it:
 * JPA's {@code QueryTimeoutException}, JDBC's {@code SQLTimeoutException}, or the SQL state (H2: 57014, SQL Server:
 * HY008). Kept apart from the customizer so that the web module needs no EclipseLink to ask.
 */
public final class TimedOutStatement {

    /** The setting that bounds every statement. */
    public static final String SETTING = "cartera.db.statement-timeout";

    private TimedOutStatement() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.QueryTimeoutException || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("57014".equals(sql.getSQLState()) || "HY008".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
