package dev.cartera.loyalty;

import dev.cartera.shared.StatementTimeout;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The month's qualifying customers in one aggregate query over {@code purchase}: COMPLETED purchases in
 * [start, end), grouped by customer, kept when the sum is strictly over the threshold, highest total first (the
 * customer id breaks ties, so two runs list them in the same order). {@code ix_purchase_period} holds every
 * column the query reads. Rows come from the driver with a fetch size and go on in batches, so the
 * application's heap holds one batch whatever the number of purchases or customers.
 *
 * <p>Plain JDBC on purpose: EclipseLink reads a whole result list into memory before a stream sees its first row.
 * Loyalty and purchases are one business context (sales), so reading the table directly crosses no boundary.
 */
public final class QualifyingTotals {

    static final String SQL = "SELECT customer_id, COUNT(*) AS purchases, SUM(amount) AS total FROM purchase"
            + " WHERE purchased_at >= ? AND purchased_at < ? AND status = 'COMPLETED'"
            + " GROUP BY customer_id HAVING SUM(amount) > ?"
            + " ORDER BY SUM(amount) DESC, customer_id";

    private QualifyingTotals() {
    }

    /** One qualifying customer's month. */
    public record Total(long customerId, int purchases, BigDecimal total) {
    }

    @FunctionalInterface
    public interface BatchSink {
        void accept(List<Total> batch) throws IOException;
    }

    /** Hands every qualifying customer to {@code sink}, {@code batchSize} at a time, in report order. */
    public static void forEachBatch(Connection connection, LoyaltyPeriod period, LoyaltyThreshold threshold,
                                    int batchSize, BatchSink sink) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(SQL, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            // purchased_at holds UTC wall-clock time (UtcInstantConverter)
            statement.setObject(1, LocalDateTime.ofInstant(period.start(), ZoneOffset.UTC));
            statement.setObject(2, LocalDateTime.ofInstant(period.end(), ZoneOffset.UTC));
            statement.setBigDecimal(3, threshold.amount());
            statement.setFetchSize(batchSize);
            StatementTimeout.forWholeTable(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<Total> batch = new ArrayList<>(batchSize);
                while (rows.next()) {
                    batch.add(new Total(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3)));
                    if (batch.size() == batchSize) {
                        sink.accept(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    sink.accept(batch);
                }
            }
        }
    }
}
