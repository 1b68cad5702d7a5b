package dev.cartera.benchmarks;

import dev.cartera.customers.demo.DemoCustomers;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import dev.cartera.customers.documents.DocumentCheck;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limit the import is compared with: the same rows as {@link CustomerImportFile} writes (same seed, same
 * skipped duplicates), upserted by plain JDBC batches ({@code MERGE ... KEY (document_type, document_number)},
 * 1,000 a batch, a commit every 10,000) into {@code customer_limit}, an empty copy of the {@code customer} table
 * (its DDL from the Flyway migration: the same columns, keys and indexes), in the same database of a stopped
 * server. The rows are normalised as {@link CustomerBulkLoad} does; no welcome messages.
 *
 * <p>usage: {@code ImportLimit <data dir> <rows>}
 */
public final class ImportLimit {

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 10_000;
    private static final Pattern CUSTOMER_DDL = Pattern.compile(
            "(?s)CREATE TABLE customer \\(.*?\\n\\);|CREATE INDEX ix_customer_\\w+ ON customer \\([^)]*\\);");

    private ImportLimit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ImportLimit <data dir> <rows>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int rows = Integer.parseInt(args[1]);
        MachineReport.print();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir)) {
            createEmptyCopy(db);
            List<Place> places = CustomerBulkLoad.places(db);
            String merge = "MERGE INTO customer_limit (document_type, document_number, kind, document_province_code, "
                    + "first_name, last_name, legal_name, trade_name, search_name, email, phone, address, city_id, "
                    + "country_code, created_at, updated_at, version) KEY (document_type, document_number) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
            SplittableRandom random = new SplittableRandom(CustomerImportFile.SEED);
            Set<String> taken = new HashSet<>(rows * 2);
            long start = System.nanoTime();
            db.setAutoCommit(false);
            int written = 0;
            try (PreparedStatement upsert = db.prepareStatement(merge)) {
                while (written < rows) {
                    DemoCustomer customer = DemoCustomers.next(random, places);
                    DocumentCheck.Valid document = CustomerBulkLoad.valid(customer);
                    if (!taken.add(document.type() + "," + document.number())) {
                        continue;
                    }
                    CustomerBulkLoad.bind(upsert, customer, document, places, Instant.now());
                    upsert.addBatch();
                    written++;
                    if (written % BATCH == 0 || written == rows) {
                        upsert.executeBatch();
                    }
                    if (written % COMMIT_EVERY == 0 || written == rows) {
                        db.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM customer_limit")) {
                count.next();
                System.out.printf("JDBC batch upsert of %,d rows into an empty customer_limit: %.1f s = %,.0f rows/s "
                        + "(%,d rows in the table)%n", written, seconds, written / seconds, count.getLong(1));
            }
            db.setAutoCommit(true);
            db.createStatement().execute("DROP TABLE customer_limit");
        }
        MachineReport.printLoad("after");
    }

    /** {@code customer}'s DDL from its migration, renamed: the same columns, constraints and indexes, no rows. */
    private static void createEmptyCopy(Connection db) throws Exception {
        String migration;
        try (InputStream in = ImportLimit.class.getResourceAsStream("/db/migration/V3__customers.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS customer_limit");
            Matcher matcher = CUSTOMER_DDL.matcher(migration);
            while (matcher.find()) {
                ddl.execute(matcher.group().replaceAll("--[^\\n]*", "")
                        .replace("CREATE TABLE customer (", "CREATE TABLE customer_limit (")
                        .replace(" ON customer (", " ON customer_limit (")
                        .replaceAll("\\b(pk|uk|fk|ck|ix)_customer", "$1_customer_limit"));
            }
        }
    }
}
