package dev.cartera.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The rhythm every bulk loader writes in: a JDBC batch every {@value #BATCH} rows, a commit every
 * {@value #COMMIT_EVERY}, a progress line every {@value #PROGRESS}, and the last rows sent and committed with the
 * last row.
 */
final class BulkInsert {

    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 10_000;
    private static final int PROGRESS = 100_000;

    private final Connection db;
    private final PreparedStatement insert;
    private final long count;
    private final String noun;
    private final long start = System.nanoTime();

    /** @param noun what a progress line counts, e.g. "loans" */
    BulkInsert(Connection db, PreparedStatement insert, long count, String noun) {
        this.db = db;
        this.insert = insert;
        this.count = count;
        this.noun = noun;
    }

    /**
     * The H2 file of a stopped server's data directory, with the password the server generated beside it. The
     * system property {@code cartera.bench.h2-settings} appends settings to the URL, to try one (e.g.
     * {@code ;CACHE_SIZE=65536}) on the same rows.
     */
    static Connection stoppedServersDatabase(Path dataDir) throws IOException, SQLException {
        String password = Files.readString(dataDir.resolve("db/password")).trim();
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/cartera") + ";MODE=MSSQLServer"
                + System.getProperty("cartera.bench.h2-settings", "");
        return DriverManager.getConnection(url, "cartera", password);
    }

    /** After the {@code n}-th row's {@code addBatch}. */
    void added(long n) throws SQLException {
        if (n % BATCH == 0 || n == count) {
            insert.executeBatch();
        }
        if (n % COMMIT_EVERY == 0 || n == count) {
            db.commit();
        }
        if (n % PROGRESS == 0) {
            System.out.printf("%,d %s in %.1f s%n", n, noun, seconds());
        }
    }

    /** Since this loader started. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
