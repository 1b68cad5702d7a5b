package dev.cartera.backup;

import dev.cartera.shared.DatabaseProduct;
import dev.cartera.storage.BlobStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a SQL script that recreates every table of the application's schema, with its rows, in an empty
 * database: CREATE TABLE statements (parents first), indexes, then the INSERTs in foreign-key order
 * ({@link DumpScript}). It knows no business context: the tables come from JDBC metadata and blob-holding columns
 * from {@link BlobColumns} beans.
 *
 * <p>Flyway's {@code schema_history} is dumped too: with it, the restored database is at the schema version of
 * the source and the application starts on it without Flyway trying to create the tables again.
 *
 * <p>One snapshot: every table is read in one read-only transaction at SNAPSHOT isolation (H2's MVStore, SQL
 * Server's row versioning, which needs {@code ALLOW_SNAPSHOT_ISOLATION ON}), so writes that go on meanwhile are
 * not seen. Rows come with a fetch size and blob bytes a buffer at a time, so the heap does not grow with the
 * size of the database.
 */
@ApplicationScoped
public class DatabaseDump {

    /** SQL Server's {@code SQLServerConnection.TRANSACTION_SNAPSHOT}. */
    static final int SQLSERVER_SNAPSHOT = 0x1000;

    @Resource(lookup = "jdbc/cartera")
    DataSource dataSource;

    @Inject
    BlobStore blobs;

    @Inject
    @Any
    Instance<BlobColumns> blobColumns;

    @Inject
    Clock clock;

    /** Writes the whole script to {@code out} (not closed; flushed at the end). */
    public void write(OutputStream out, SqlDialect dialect) throws IOException {
        write(out, dialect, blobColumnsByTable());
    }

    /** @param blobColumns by table name in lower case */
    void write(OutputStream out, SqlDialect dialect, Map<String, List<BlobColumn>> blobColumns) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        try (Connection connection = dataSource.getConnection()) {
            DumpScript script = new DumpScript(connection, dialect, writer, blobColumns, blobs, clock.instant());
            inSnapshot(connection, script::write);
        } catch (SQLException e) {
            throw new IOException("The dump failed reading the database: " + e.getMessage(), e);
        }
        writer.flush();
    }

    private Map<String, List<BlobColumn>> blobColumnsByTable() {
        Map<String, List<BlobColumn>> byTable = new LinkedHashMap<>();
        for (BlobColumns contributor : blobColumns) {
            contributor.blobColumns().forEach(column -> byTable
                    .computeIfAbsent(column.table().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(column));
        }
        return byTable;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException, IOException;
    }

    /** Runs {@code work} in a read-only SNAPSHOT transaction, then puts the pooled connection back as it was. */
    private static void inSnapshot(Connection connection, Work work) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean h2 = DatabaseProduct.isH2(connection.getMetaData());
        if (h2) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            connection.setTransactionIsolation(SQLSERVER_SNAPSHOT);
        }
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            work.run();
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }
}
