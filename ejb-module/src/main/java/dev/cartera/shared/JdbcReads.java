package dev.cartera.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Small reads by plain JDBC, for the statements that every customer lookup runs beside finding the customer: its
 * counts and loyalty sums. Around such a query EclipseLink does more work than the database: it prepares a JPQL
 * aggregate again at every run (EclipseLink 5.0 clones the shared query for the entity manager's hints, and a cloned
 * {@code ReportQuery} is unprepared), flushes before it and builds its result. Measured in docs/benchmarks.md,
 * section 13 ("the lookup's aggregates through JDBC"). A token's standing, read on every authenticated request, keeps
 * its own JDBC code ({@code TokenRevocations}): moved here, it measured no faster.
 *
 * <p>In a transaction the statement runs on EclipseLink's own connection for it (taking another from the pool cost
 * Payara more than the read: it matches the pool's connection factories and validates the connection each time);
 * but the persistence context is not flushed first, so use it where the transaction has written nothing yet. Outside
 * one it takes a connection from the pool. Its timeout is the statement timeout of every other statement
 * ({@link StatementTimeout}): on H2 the connection's own, elsewhere set on the statement.
 */
@ApplicationScoped
public class JdbcReads {

    @Resource(lookup = "jdbc/cartera")
    DataSource database;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Seconds each statement is given; 0 where the connection holds the timeout (H2). Asked at the first read. */
    private volatile Integer statementTimeout;

    /** What a read makes of its result set. */
    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs one query. A parameter is bound as the entities store it: an {@link Instant} as its UTC wall clock
     * ({@link UtcInstantConverter}), an enum by its name.
     *
     * @throws PersistenceException on a database error, its cause the {@link SQLException} (a timeout is recognised
     *                              by {@link TimedOutStatement})
     */
    public <T> T read(String sql, ResultReader<T> reader, Object... parameters) {
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                return read(em.unwrap(Connection.class), sql, reader, parameters); // EclipseLink's: not closed here
            }
            try (Connection connection = database.getConnection()) {
                return read(connection, sql, reader, parameters);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read: " + sql, e);
        }
    }

    private <T> T read(Connection connection, String sql, ResultReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int seconds = statementTimeout(connection);
            if (seconds > 0) {
                statement.setQueryTimeout(seconds);
            }
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, stored(parameters[i]));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    /** The first column of a result of one row, such as a count. */
    public static long firstLong(ResultSet rows) throws SQLException {
        rows.next();
        return rows.getLong(1);
    }

    static Object stored(Object value) {
        if (value instanceof Instant instant) {
            return UtcInstantConverter.utc(instant);
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    private int statementTimeout(Connection connection) throws SQLException {
        Integer seconds = statementTimeout;
        if (seconds == null) {
            seconds = DatabaseProduct.isH2(connection.getMetaData()) ? 0
                    : StatementTimeout.wholeSeconds(StatementTimeout.configured());
            statementTimeout = seconds;
        }
        return seconds;
    }
}
