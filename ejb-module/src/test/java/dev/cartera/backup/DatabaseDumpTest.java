package dev.cartera.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobMetadata;
import dev.cartera.storage.BlobStore;
import dev.cartera.storage.BlobSummary;
import dev.cartera.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

/**
 * The dump against a real (in-memory) H2 in SQL Server mode, as the server runs it: while the dump is under way,
 * another connection commits rows into tables it has not read yet; the script must not contain them (one snapshot),
 * and the H2-dialect script must restore into an empty database with the blob bytes in place.
 */
class DatabaseDumpTest {

    private static final byte[] PICTURE = "not really a picture, but bytes: \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void writesThatCommitDuringTheDumpAreNotInIt() throws Exception {
        DataSource source = TestDatabase.empty("dump").dataSource();
        try (Connection setup = source.getConnection(); Statement sql = setup.createStatement()) {
            sql.execute("CREATE TABLE owner (id BIGINT IDENTITY(1,1) NOT NULL, name NVARCHAR(50) NOT NULL, "
                    + "at DATETIME2 NOT NULL, CONSTRAINT pk_owner PRIMARY KEY (id))");
            sql.execute("CREATE TABLE photo (owner_id BIGINT NOT NULL, blob_key NVARCHAR(100), CONSTRAINT pk_photo "
                    + "PRIMARY KEY (owner_id), CONSTRAINT fk_photo_owner FOREIGN KEY (owner_id) REFERENCES owner (id))");
            sql.execute("CREATE TABLE zebra (id BIGINT IDENTITY(1,1) NOT NULL, note NVARCHAR(50), CONSTRAINT pk_zebra PRIMARY KEY (id))");
            sql.execute("CREATE INDEX ix_zebra_note ON zebra (note)");
            sql.execute("INSERT INTO owner (name, at) VALUES ('Júlia O''Neill', '2026-11-23 10:15:30.1234567')");
            sql.execute("INSERT INTO photo (owner_id, blob_key) VALUES (1, 'pets/1/a.png')");
            sql.execute("INSERT INTO zebra (note) VALUES ('before')");
        }

        DatabaseDump dump = new DatabaseDump();
        dump.dataSource = source;
        dump.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        // reading the photo's blob is the moment other writers commit, after owner was read and before zebra is
        dump.blobs = new WritingBlobStore(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.write(out, SqlDialect.H2, Map.of("photo", List.of(new BlobColumn("photo", "blob_key", "blob_bytes"))));
        String script = out.toString(StandardCharsets.UTF_8);

        assertTrue(script.contains("-- rows ZEBRA 1\n"), script);
        assertTrue(script.contains("-- rows OWNER 1\n"), script);
        String sourceInstant;
        try (Connection check = source.getConnection(); Statement sql = check.createStatement()) {
            assertEquals(2, count(sql, "zebra"), "the writer did commit");
            try (ResultSet rs = sql.executeQuery("SELECT at FROM owner")) {
                rs.next();
                sourceInstant = rs.getString(1);
            }
        }

        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID(), "sa", "");
             Statement sql = restored.createStatement()) {
            RunScript.execute(restored, new StringReader(script));
            assertEquals(1, count(sql, "ZEBRA"));
            try (ResultSet rs = sql.executeQuery("SELECT o.NAME, o.AT, p.BLOB_BYTES FROM OWNER o JOIN PHOTO p ON p.OWNER_ID = o.ID")) {
                assertTrue(rs.next());
                assertEquals("Júlia O'Neill", rs.getString(1));
                assertEquals(sourceInstant, rs.getString(2), "to the column's own precision");
                assertArrayEquals(PICTURE, rs.getBytes(3));
            }
            sql.execute("INSERT INTO OWNER (NAME, AT) VALUES ('next', CURRENT_TIMESTAMP)");
            try (ResultSet rs = sql.executeQuery("SELECT MAX(ID) FROM OWNER")) {
                rs.next();
                assertEquals(2, rs.getLong(1), "the identity goes on after the restored rows");
            }
        }

        ByteArrayOutputStream tsql = new ByteArrayOutputStream();
        dump.write(tsql, SqlDialect.SQLSERVER, Map.of("photo", List.of(new BlobColumn("photo", "blob_key", "blob_bytes"))));
        String sqlServer = tsql.toString(StandardCharsets.UTF_8);
        assertTrue(sqlServer.contains("SET IDENTITY_INSERT [OWNER] ON;"), sqlServer);
        assertTrue(sqlServer.contains("CONSTRAINT [FK_PHOTO_OWNER] FOREIGN KEY ([OWNER_ID]) REFERENCES [OWNER] ([ID])"), sqlServer);
        assertTrue(sqlServer.contains("CREATE INDEX [IX_ZEBRA_NOTE] ON [ZEBRA] ([NOTE]);"), sqlServer);
        assertTrue(sqlServer.contains("N'Júlia O''Neill', '" + sourceInstant.substring(0, 19)), sqlServer);
        assertTrue(sqlServer.contains(", 0x6E6F74"), sqlServer);
    }

    /** The application's own schema, every migration applied: a column added later (V11's currency) goes and comes back. */
    @Test
    void theMigratedSchemaRestoresWithAPurchasesCurrency() throws Exception {
        TestDatabase database = TestDatabase.migrated("dump-schema");
        try (Connection setup = database.connection(); Statement sql = setup.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula')");
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, created_at, updated_at) VALUES ('CI', '1714307103', 'PERSON', 'Rosa', 'Cedeño', "
                    + "'rosa cedeno', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, channel, status, "
                    + "created_at, updated_at) SELECT id, 'F-1', CURRENT_TIMESTAMP, 150000.50, 'STORE', 'COMPLETED', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM customer");
        }
        DatabaseDump dump = new DatabaseDump();
        dump.dataSource = database.dataSource();
        dump.clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.write(out, SqlDialect.H2, Map.of());
        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID(), "sa", "");
             Statement sql = restored.createStatement()) {
            RunScript.execute(restored, new StringReader(out.toString(StandardCharsets.UTF_8)));
            try (ResultSet rs = sql.executeQuery("SELECT AMOUNT, CURRENCY FROM PURCHASE")) {
                assertTrue(rs.next());
                assertEquals(List.of("150000.50", "COP"), List.of(rs.getBigDecimal(1).toPlainString(), rs.getString(2)));
            }
        }
        ByteArrayOutputStream tsql = new ByteArrayOutputStream();
        dump.write(tsql, SqlDialect.SQLSERVER, Map.of());
        String sqlServer = tsql.toString(StandardCharsets.UTF_8);
        assertTrue(sqlServer.contains("[CURRENCY] NVARCHAR(3) NOT NULL"), sqlServer.lines().filter(line -> line
                .contains("CURRENCY")).toList().toString());
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Serves one blob and, on the first read, commits rows from another connection. */
    private static final class WritingBlobStore implements BlobStore {
        private final DataSource source;
        private boolean written;

        WritingBlobStore(DataSource source) {
            this.source = source;
        }

        @Override
        public Optional<Blob> get(String key) {
            if (!written) {
                written = true;
                try (Connection writer = source.getConnection(); Statement sql = writer.createStatement()) {
                    sql.execute("INSERT INTO zebra (note) VALUES ('during the dump')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return Optional.of(new Blob(new BlobMetadata(key, PICTURE.length, "image/png", Instant.EPOCH),
                    new ByteArrayInputStream(PICTURE)));
        }

        @Override
        public BlobMetadata put(String key, InputStream content, long length, String contentType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<BlobMetadata> metadata(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BlobSummary> list(String prefix) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checkReady() {
        }
    }
}
