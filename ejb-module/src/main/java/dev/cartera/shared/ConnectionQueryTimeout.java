package dev.cartera.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The statement timeout of a database that keeps one per connection (H2): given to a connection when EclipseLink
 * acquires it with another, instead of to every statement.
 *
 * <p>H2 runs every {@code setQueryTimeout} as a {@code SET QUERY_TIMEOUT} on the connection's session, even for the
 * value it already has, and every {@code SET} moves the database's metadata version: each prepared statement of
 * every connection is then parsed and planned again at its next run. With a timeout on every statement (EclipseLink's
 * default, and Payara's pool timeout put back as each cached statement closed), H2's trace of one found lookup showed
 * 9 {@code SET}s and all 5 of the request's statements planned again. Here a connection gets it once; one that a JDBC
 * reader of a whole table left with its own ({@link StatementTimeout#forWholeTable}) gets it back the next time
 * EclipseLink acquires it. EclipseLink keeps a transaction's connection for all its statements (persistence.xml's
 * exclusive-connection mode), so where it took the connection before such a reader in the same transaction, its own
 * later statements there keep the reader's bound: in the loyalty report, its reads of customers by their ids.
 */
final class ConnectionQueryTimeout extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(ConnectionQueryTimeout.class.getName());

    private final int seconds;

    ConnectionQueryTimeout(int seconds) {
        this.seconds = seconds;
    }

    /**
     * Whether the session's database keeps one query timeout per connection; asks it through one connection. A
     * database it cannot ask now gets the timeout on every statement, which every driver honours.
     */
    static boolean appliesTo(Session session) {
        try (Connection connection = (Connection) session.getDatasourceLogin().connectToDatasource(null, session)) {
            return DatabaseProduct.isH2(connection.getMetaData());
        } catch (SQLException | EclipseLinkException e) {
            LOG.log(Level.WARNING, "Could not ask the database which kind it is; every statement gets the timeout", e);
            return false;
        }
    }

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Connection connection = ((Accessor) event.getResult()).getConnection();
        // JDBC's statement-level call; on H2 it reads and sets the connection's one timeout
        try (Statement statement = connection.createStatement()) {
            if (statement.getQueryTimeout() != seconds) {
                statement.setQueryTimeout(seconds);
            }
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e);
        }
    }
}
