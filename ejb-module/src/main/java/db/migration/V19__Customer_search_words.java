package db.migration;

import dev.cartera.customers.CustomerSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V18's search words and folded e-mail for the customers stored before it, with the rule the application
 * writes them by ({@link CustomerSearch}), which SQL cannot say. A directory of a million customers is read a
 * thousand at a time in id order, each thousand committed on its own, so the migration needs no more memory or log
 * than one batch; stopped half-way, it goes on after the last customer that has its words (Flyway marks the
 * interrupted run failed: {@code flyway repair}, then start again).
 */
public class V19__Customer_search_words extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V19__Customer_search_words.class.getName());
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

    /**
     * Writes the words of every customer after the last one that has them, a committed thousand at a time (the
     * benchmarks' bulk loader calls it too, after inserting customers by JDBC). The connection does not auto-commit.
     *
     * @return the customers filled
     */
    public static long fill(Connection connection) throws SQLException {
        long customers = 0;
        try {
            for (int filled; (filled = fillAfter(connection, lastDone(connection))) > 0; ) {
                connection.commit();
                customers += filled;
                if (customers % 100_000 < BATCH) {
                    long done = customers;
                    LOG.info(() -> "Customer search words: " + done + " customers so far");
                }
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return customers;
    }

    /** The last customer whose words are written (every customer has some: its document number is one). */
    private static long lastDone(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(customer_id) FROM customer_name_word");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The next thousand customers after {@code after}; @return how many there were. */
    private static int fillAfter(Connection connection, long after) throws SQLException {
        int filled = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                     SELECT id, first_name, last_name, legal_name, trade_name, document_number, email FROM customer
                     WHERE id > ? ORDER BY id OFFSET 0 ROWS FETCH NEXT %d ROWS ONLY""".formatted(BATCH));
             PreparedStatement nameWord = connection.prepareStatement(
                     "INSERT INTO customer_name_word (customer_id, word) VALUES (?, ?)");
             PreparedStatement emailWord = connection.prepareStatement(
                     "INSERT INTO customer_email_word (customer_id, word) VALUES (?, ?)");
             PreparedStatement emailSearch = connection.prepareStatement(
                     "UPDATE customer SET email_search = ? WHERE id = ?")) {
            read.setLong(1, after);
            try (ResultSet customer = read.executeQuery()) {
                while (customer.next()) {
                    long id = customer.getLong("id");
                    add(nameWord, id, CustomerSearch.nameWords(customer.getString("first_name"),
                            customer.getString("last_name"), customer.getString("legal_name"),
                            customer.getString("trade_name"), customer.getString("document_number")));
                    String email = customer.getString("email");
                    if (email != null) {
                        add(emailWord, id, CustomerSearch.emailWords(email));
                        emailSearch.setString(1, CustomerSearch.emailSearch(email));
                        emailSearch.setLong(2, id);
                        emailSearch.addBatch();
                    }
                    filled++;
                }
            }
            nameWord.executeBatch();
            emailWord.executeBatch();
            emailSearch.executeBatch();
        }
        return filled;
    }

    /** One row per word, added to a batch of {@code INSERT ... (customer_id, word) VALUES (?, ?)}. */
    public static void add(PreparedStatement insert, long customerId, Set<String> words) throws SQLException {
        for (String word : words) {
            insert.setLong(1, customerId);
            insert.setString(2, word);
            insert.addBatch();
        }
    }
}
