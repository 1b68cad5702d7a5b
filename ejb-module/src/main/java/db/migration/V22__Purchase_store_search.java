package db.migration;

import dev.cartera.shared.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V21's folded store for the purchases stored before it, with the rule {@code Purchase} writes it by
 * ({@link TextFolding}), which SQL cannot say: a thousand at a time in id order, each thousand committed on its own,
 * so the migration needs no more memory or log than one batch. Stopped half-way, it goes on after the last purchase
 * filled ({@code flyway repair}, then start again).
 */
public class V22__Purchase_store_search extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V22__Purchase_store_search.class.getName());
    private static final int BATCH = 1_000;

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            fill(connection);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void fill(Connection connection) throws SQLException {
        long purchases = 0;
        try {
            // read once: without V23's index it is a scan of the table
            for (long last = lastDone(connection), next; (next = fillAfter(connection, last)) > last; last = next) {
                connection.commit();
                purchases += BATCH;
                if (purchases % 100_000 == 0) {
                    long done = purchases;
                    LOG.info(() -> "Purchase store search: " + done + " purchases so far");
                }
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The last purchase whose folded store is written; 0 before the first. */
    private static long lastDone(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(id) FROM purchase WHERE store_search IS NOT NULL");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Fills the next thousand purchases with a store after {@code after}.
     *
     * @return the last one filled, or {@code after} when there was none
     */
    private static long fillAfter(Connection connection, long after) throws SQLException {
        long last = after;
        try (PreparedStatement read = connection.prepareStatement("""
                     SELECT id, store FROM purchase WHERE id > ? AND store IS NOT NULL
                     ORDER BY id OFFSET 0 ROWS FETCH NEXT %d ROWS ONLY""".formatted(BATCH));
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE purchase SET store_search = ? WHERE id = ?")) {
            read.setLong(1, after);
            try (ResultSet purchase = read.executeQuery()) {
                while (purchase.next()) {
                    last = purchase.getLong("id");
                    write.setString(1, TextFolding.fold(purchase.getString("store")));
                    write.setLong(2, last);
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
        return last;
    }
}
