package dev.cartera.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.cartera.customers.demo.DemoCustomers.Place;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What each index of {@code customer} costs the rows written into it: the import's customers ({@link ImportLimit}'s
 * rows and insert, a batch of {@value ImportLimit#CHUNK} and a commit) written into copies of an empty, migrated
 * database whose table keeps some of its unique keys, foreign keys and indexes and not the others. {@code alone}: the
 * primary key alone, then each of them alone, against the primary key's run. {@code without}: all of them as the
 * migrations leave the table, then each left out, against the whole table's run: what the table would save without
 * it. The search words and welcome messages are not written: they are the same whatever the table's indexes are.
 *
 * <p>Each run has its own copy and the same rows; a warm-up run first so that none of them pays for the JIT, and the
 * first run again at the end for the spread.
 *
 * <p>usage: {@code CustomerIndexCost <data dir of a stopped server's empty database> <rows> alone|without
 * [warm-up rows]}
 */
public final class CustomerIndexCost {

    /** A unique key, a foreign key or a plain index of the table, and the index it is written through. */
    private record Item(String name, String kind, String columns, boolean constraint, String index) {
    }

    /** The keys and indexes a run keeps, and what the table's row says about them. */
    private record Variant(String label, String columns, Set<String> kept) {
    }

    private record Run(Variant variant, int rows, double seconds, double cpuSeconds) {

        double cpuMicrosPerRow() {
            return cpuSeconds * 1e6 / rows;
        }
    }

    private CustomerIndexCost() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !Set.of("alone", "without").contains(args[2])) {
            System.err.println("usage: CustomerIndexCost <data dir of an empty database> <rows> alone|without "
                    + "[warm-up rows]");
            System.exit(2);
        }
        Path emptyDataDir = Path.of(args[0]).toAbsolutePath();
        int rows = Integer.parseInt(args[1]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        MachineReport.print();
        List<Item> items;
        try (Connection db = BulkInsert.stoppedServersDatabase(emptyDataDir)) {
            items = items(db);
        }
        Set<String> every = new HashSet<>(items.stream().map(Item::name).toList());
        boolean alone = args[2].equals("alone");
        Variant first = alone ? new Variant("the primary key alone", "id", Set.of())
                : new Variant("all of them (the table as migrated)", "", every);
        measure(emptyDataDir, first, items, warmUp);
        List<Run> runs = new ArrayList<>();
        runs.add(measure(emptyDataDir, first, items, rows));
        for (Item item : items) {
            String columns = item.kind() + " (" + item.columns() + ")";
            Set<String> others = new HashSet<>(every);
            others.remove(item.name());
            runs.add(measure(emptyDataDir, alone ? new Variant(item.name() + " alone", columns, Set.of(item.name()))
                    : new Variant("without " + item.name(), columns, others), items, rows));
        }
        runs.add(measure(emptyDataDir, new Variant(first.label() + ", again: the spread", first.columns(),
                first.kept()), items, rows));
        printTable(runs, alone);
        MachineReport.printLoad("after");
    }

    /** The table's unique and foreign keys, and its indexes that no such key is written through. */
    private static List<Item> items(Connection db) throws SQLException {
        List<Item> items = new ArrayList<>();
        Set<String> constraintIndexes = new HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                SELECT c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, c.INDEX_NAME,
                       (SELECT LISTAGG(k.COLUMN_NAME, ', ') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                        WHERE k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME)
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
                WHERE c.TABLE_SCHEMA = 'PUBLIC' AND c.TABLE_NAME = 'CUSTOMER'
                  AND c.CONSTRAINT_TYPE IN ('UNIQUE', 'FOREIGN KEY')
                ORDER BY c.CONSTRAINT_NAME""")) {
            while (rows.next()) {
                items.add(new Item(rows.getString(1), rows.getString(2).toLowerCase(Locale.ROOT), rows.getString(4),
                        true, rows.getString(3)));
                constraintIndexes.add(rows.getString(3));
            }
        }
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                SELECT i.INDEX_NAME,
                       LISTAGG(c.COLUMN_NAME || CASE WHEN c.ORDERING_SPECIFICATION = 'DESC' THEN ' DESC' ELSE '' END,
                               ', ') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                  ON c.TABLE_SCHEMA = i.TABLE_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME
                WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = 'CUSTOMER' AND i.INDEX_TYPE_NAME = 'INDEX'
                GROUP BY i.INDEX_NAME
                ORDER BY i.INDEX_NAME""")) {
            while (rows.next()) {
                if (!constraintIndexes.contains(rows.getString(1))) {
                    items.add(new Item(rows.getString(1), "index", rows.getString(2), false, rows.getString(1)));
                }
            }
        }
        return items;
    }

    private static Run measure(Path emptyDataDir, Variant variant, List<Item> items, int rows)
            throws Exception {
        Path copy = Files.createTempDirectory("customer-index-cost");
        try {
            Files.createDirectories(copy.resolve("db"));
            for (String file : List.of("cartera.mv.db", "password")) {
                Files.copy(emptyDataDir.resolve("db").resolve(file), copy.resolve("db").resolve(file),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            try (Connection db = BulkInsert.stoppedServersDatabase(copy)) {
                keepOnly(db, variant.kept(), items);
                List<Place> places = CustomerBulkLoad.places(db);
                System.gc();
                OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                write(db, places, rows);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT, "%s: %,d customers in %.1f s, CPU %.1f s%n", variant.label(), rows,
                        seconds, cpuSeconds);
                return new Run(variant, rows, seconds, cpuSeconds);
            }
        } finally {
            TempFiles.deleteRecursively(copy);
        }
    }

    private static void keepOnly(Connection db, Set<String> kept, List<Item> items) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (Item item : items) {
                if (item.constraint() && !kept.contains(item.name())) {
                    sql.execute("ALTER TABLE customer DROP CONSTRAINT " + item.name());
                }
            }
            // a foreign key checked through an index of the migrations' leaves it behind when it is dropped
            for (Item item : items) {
                if (!kept.contains(item.name()) && indexExists(db, item.index())) {
                    sql.execute("DROP INDEX " + item.index());
                }
            }
        }
    }

    private static boolean indexExists(Connection db, String index) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?")) {
            find.setString(1, index);
            try (ResultSet count = find.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }

    /** {@link ImportLimit}'s customers, as it writes them, without their words and messages. */
    private static void write(Connection db, List<Place> places, int rows) throws SQLException {
        SplittableRandom random = new SplittableRandom(CustomerImportFile.SEED);
        Set<String> taken = new HashSet<>(rows * 2);
        db.setAutoCommit(false);
        int written = 0;
        try (PreparedStatement customers = db.prepareStatement(ImportLimit.CUSTOMER)) {
            while (written < rows) {
                int chunk = 0;
                Instant now = Instant.now();
                while (chunk < ImportLimit.CHUNK && written + chunk < rows) {
                    if (ImportLimit.addNext(customers, random, places, taken, now) != null) {
                        chunk++;
                    }
                }
                customers.executeBatch();
                db.commit();
                written += chunk;
            }
        }
    }

    /** @param alone each run against the primary key's alone, else what the whole table saves without each */
    private static void printTable(List<Run> runs, boolean alone) {
        Run first = runs.get(0);
        System.out.println();
        System.out.println("| the table's keys and indexes | columns | time | CPU | CPU a customer | "
                + (alone ? "over the primary key alone" : "saved without it") + " |");
        System.out.println("|---|---|---|---|---|---|");
        for (Run run : runs) {
            double difference = run.cpuMicrosPerRow() - first.cpuMicrosPerRow();
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f s | %.1f s | %.0f µs | %+.0f µs |%n", run.variant().label(),
                    run.variant().columns(), run.seconds(), run.cpuSeconds(), run.cpuMicrosPerRow(),
                    alone ? difference : -difference);
        }
    }
}
