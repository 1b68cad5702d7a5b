package dev.cartera.benchmarks;

import dev.cartera.loyalty.LoyaltyPeriod;
import dev.cartera.shared.TextFolding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the embedded H2 database of a <em>stopped</em> server with N purchases in one month, spread uniformly over
 * the customers already there (load them first with {@link CustomerBulkLoad}): JDBC batches of 1,000, a commit
 * every 10,000, as {@code Purchase} stores them (UTC wall-clock instants, COP with 2 decimals, version 1 as EclipseLink
 * writes a new row). Amounts are uniform
 * between 50,000 and 1,000,000 COP, 90 % COMPLETED, 6 % REFUNDED, 4 % CANCELLED: at 10 purchases a customer about
 * half the customers end above 5,000,000, so the report is large. The instants are uniform over the month in
 * America/Guayaquil. They are recorded ({@code created_at}, {@code updated_at}) as an import after the month's end would
 * record them: in id order, {@value #RECORDED_EVERY_MILLIS} ms apart from the month's end, so they grow with the id as
 * the application writes them and each purchase is recorded after it was made (before, every row had the loader's
 * start instant, and a list filtered or sorted by {@code createdAt} had nothing to tell apart).
 *
 * <p>It then prints what the report must say, computed here from the generated rows, not by SQL: how many
 * customers are strictly above the threshold, and their total.
 *
 * <p>Arguments: the data directory, the number of purchases, the month ({@code yyyy-MM}), the threshold (COP).
 */
public final class PurchaseBulkLoad {

    private static final long SEED = 20261101L;
    private static final ZoneId COMPANY_ZONE = ZoneId.of("America/Guayaquil");
    private static final String INSERT = "INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, "
            + "channel, store, status, created_at, updated_at, version, store_search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)";
    private static final long RECORDED_EVERY_MILLIS = 250;
    private static final String[] CHANNELS = {"STORE", "ONLINE", "PHONE"};

    private PurchaseBulkLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: PurchaseBulkLoad <data dir> <purchases> <yyyy-MM> <threshold>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1]);
        LoyaltyPeriod period = new LoyaltyPeriod(YearMonth.parse(args[2]), COMPANY_ZONE);
        long thresholdCents = new BigDecimal(args[3]).movePointRight(2).longValueExact();
        MachineReport.print();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir)) {
            load(db, count, period, thresholdCents);
        }
        MachineReport.printLoad("after");
    }

    private static void load(Connection db, int count, LoyaltyPeriod period, long thresholdCents) throws SQLException {
        long[] customers = customerIds(db);
        long[] completedCents = new long[customers.length];
        long monthMillis = period.end().toEpochMilli() - period.start().toEpochMilli();
        String run = Long.toString(System.currentTimeMillis(), 36); // a second run adds other invoices
        SplittableRandom random = new SplittableRandom(SEED);
        db.setAutoCommit(false);
        BulkInsert rhythm;
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            rhythm = new BulkInsert(db, insert, count, "purchases");
            for (int i = 1; i <= count; i++) {
                int customer = random.nextInt(customers.length);
                long cents = 5_000_000 + random.nextLong(95_000_001);
                int roll = random.nextInt(100);
                String status = roll < 90 ? "COMPLETED" : roll < 96 ? "REFUNDED" : "CANCELLED";
                if (roll < 90) {
                    completedCents[customer] += cents;
                }
                long at = period.start().toEpochMilli() + random.nextLong(monthMillis);
                insert.setLong(1, customers[customer]);
                insert.setString(2, "B-" + run + "-" + i);
                insert.setObject(3, utc(at));
                insert.setBigDecimal(4, BigDecimal.valueOf(cents, 2));
                insert.setString(5, CHANNELS[random.nextInt(CHANNELS.length)]);
                String store = "Tienda " + (1 + random.nextInt(40));
                insert.setString(6, store);
                insert.setString(7, status);
                LocalDateTime recorded = utc(period.end().toEpochMilli() + i * RECORDED_EVERY_MILLIS);
                insert.setObject(8, recorded);
                insert.setObject(9, recorded);
                insert.setString(10, TextFolding.fold(store)); // as Purchase writes it
                insert.addBatch();
                rhythm.added(i);
            }
        }
        double seconds = rhythm.seconds();
        System.out.printf("Loaded %,d purchases in %s over %,d customers in %.1f s (%,.0f rows/s)%n", count,
                period.key(), customers.length, seconds, count / seconds);
        long qualifying = 0;
        long totalCents = 0;
        for (long cents : completedCents) {
            if (cents > thresholdCents) {
                qualifying++;
                totalCents += cents;
            }
        }
        System.out.printf("expected in the report of %s (this run's purchases only): %,d customers over %s COP, "
                + "total %s COP%n", period.key(), qualifying, BigDecimal.valueOf(thresholdCents, 2),
                BigDecimal.valueOf(totalCents, 2).toPlainString());
    }

    /** An instant as the application stores it: its UTC wall clock. */
    private static LocalDateTime utc(long epochMilli) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMilli, 1000), (int) Math.floorMod(epochMilli, 1000) * 1_000_000,
                ZoneOffset.UTC);
    }

    private static long[] customerIds(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT id FROM customer ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no customers: load them first with CustomerBulkLoad");
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
