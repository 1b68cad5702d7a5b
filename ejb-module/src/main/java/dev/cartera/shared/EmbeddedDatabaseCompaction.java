package dev.cartera.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gives the embedded H2 file database back the space its writes left behind, once, when the server starts. H2
 * never overwrites a page in place, and its compaction when it closes gets 200 ms: an import of 300,000 customers
 * leaves a file of 2.3 GB, a fifth of it live. {@code SHUTDOWN COMPACT} copies the live pages, compressed, into a
 * new file and replaces the old one atomically (a stop half-way leaves the old file whole): those 2.3 GB became
 * 0.24 GB in 6 s, and the 1.8 GB of a million bulk-loaded customers 0.6 GB in 13 s.
 *
 * <p>It closes the database under every connection, so it runs before anything else uses it (by
 * {@link SchemaMigrations}, before the migrations), and only on a database this process owns: an H2 file opened in
 * process, not an H2 server that other instances share, nor SQL Server. The pool's validation replaces the
 * connections it closed. {@code cartera.db.compact-at-start}: {@code auto} (the default) compacts a file of at least
 * {@value #MIN_FILE_MIB} MiB that is less than half live, {@code always} or {@code never}.
 */
final class EmbeddedDatabaseCompaction {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseCompaction.class.getName());
    static final int MIN_FILE_MIB = 256;
    static final int MIN_LIVE_PERCENT = 50;

    enum Mode { AUTO, ALWAYS, NEVER }

    /** The file before and after, and how long it took. */
    record Compacted(long bytesBefore, long bytesAfter, int livePercentBefore, long millis) {
    }

    private EmbeddedDatabaseCompaction() {
    }

    static Mode mode(String configured) {
        try {
            return Mode.valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cartera.db.compact-at-start is '" + configured
                    + "': it must be auto, always or never", e);
        }
    }

    /** @return what was done, or empty when the database is not embedded H2 or not worth compacting */
    static Optional<Compacted> compactIfWasteful(DataSource dataSource, Mode mode) throws SQLException {
        if (mode == Mode.NEVER) {
            return Optional.empty();
        }
        FileStats before;
        try (Connection connection = dataSource.getConnection()) {
            if (!ownedEmbeddedH2(connection.getMetaData())) {
                return Optional.empty();
            }
            before = FileStats.of(connection);
        }
        if (mode == Mode.AUTO && !worthCompacting(before.bytes(), before.livePercent())) {
            return Optional.empty();
        }
        LOG.info(() -> "Compacting the embedded database: %,.1f MiB, %d %% of it live"
                .formatted(before.bytes() / 1048576.0, before.livePercent()));
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN COMPACT");
        } finally {
            try {
                connection.close();
            } catch (SQLException closedByTheShutdown) {
                LOG.log(Level.FINE, "closing the connection SHUTDOWN COMPACT closed", closedByTheShutdown);
            }
        }
        try (Connection reopened = dataSource.getConnection()) {
            FileStats after = FileStats.of(reopened);
            return Optional.of(new Compacted(before.bytes(), after.bytes(), before.livePercent(),
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** What {@code auto} compacts: a file of at least {@value #MIN_FILE_MIB} MiB less than half live. */
    static boolean worthCompacting(long bytes, int livePercent) {
        return bytes >= MIN_FILE_MIB * 1024L * 1024 && livePercent < MIN_LIVE_PERCENT;
    }

    /** An H2 file opened by this process (not {@code tcp:}, {@code ssl:}, {@code mem:} or an auto-server). */
    private static boolean ownedEmbeddedH2(DatabaseMetaData database) throws SQLException {
        String url = database.getURL().toLowerCase(Locale.ROOT);
        return DatabaseProduct.isH2(database) && url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.startsWith("jdbc:h2:mem:") && !url.contains("auto_server=true");
    }

    /** H2's own figures for its file. */
    private record FileStats(long bytes, int livePercent) {

        static FileStats of(Connection connection) throws SQLException {
            Map<String, String> info = new HashMap<>();
            try (Statement sql = connection.createStatement(); ResultSet settings = sql.executeQuery(
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                            + "('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                while (settings.next()) {
                    info.put(settings.getString(1), settings.getString(2));
                }
            }
            // FILL_RATE: the share of the file that chunks take; CHUNKS_FILL_RATE: the share of those chunks live
            int live = Integer.parseInt(info.getOrDefault("info.FILL_RATE", "100"))
                    * Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100")) / 100;
            return new FileStats(Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0")), live);
        }
    }
}
