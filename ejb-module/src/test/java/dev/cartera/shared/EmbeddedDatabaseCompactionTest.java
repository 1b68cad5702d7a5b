package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.EmbeddedDatabaseCompaction.Compacted;
import dev.cartera.shared.EmbeddedDatabaseCompaction.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's compaction on real H2 files: what it gives back, what it keeps, and which databases it leaves alone. */
class EmbeddedDatabaseCompactionTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfReplacedRowsShrinksAndKeepsItsRows() throws SQLException {
        JdbcDataSource database = file("rewritten");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(2000))");
            sql.execute("INSERT INTO note SELECT X, REPEAT('a', 1000) FROM SYSTEM_RANGE(1, 5000)");
            for (char letter = 'b'; letter <= 'f'; letter++) {
                sql.execute("UPDATE note SET body = REPEAT('" + letter + "', 1000)");
            }
        }
        long fileBefore = fileSize("rewritten");

        Optional<Compacted> compacted = EmbeddedDatabaseCompaction.compactIfWasteful(database, Mode.ALWAYS);

        assertTrue(compacted.isPresent());
        assertEquals(fileBefore, compacted.get().bytesBefore(), "H2's figure is the file's size");
        assertTrue(compacted.get().bytesAfter() < fileBefore / 2, compacted.get() + " from " + fileBefore);
        assertTrue(compacted.get().livePercentBefore() <= 100, compacted::toString);
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*), MIN(body), MAX(body) FROM note")) {
            rows.next();
            assertEquals(5000, rows.getInt(1));
            assertEquals("f".repeat(1000), rows.getString(2));
            assertEquals("f".repeat(1000), rows.getString(3));
        }
    }

    @Test
    void automaticallyASmallFileIsLeftAsItIs() throws SQLException {
        JdbcDataSource database = file("small");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE note (id INT PRIMARY KEY)");
            sql.execute("INSERT INTO note VALUES (1)");
            sql.execute("UPDATE note SET id = 2");
        }
        assertEquals(Optional.empty(), EmbeddedDatabaseCompaction.compactIfWasteful(database, Mode.AUTO));
        assertEquals(Optional.empty(), EmbeddedDatabaseCompaction.compactIfWasteful(database, Mode.NEVER));
    }

    @Test
    void automaticallyAFileOfAtLeast256MibLessThanHalfLive() {
        long mib = 1024 * 1024;
        assertTrue(EmbeddedDatabaseCompaction.worthCompacting(256 * mib, 49));
        assertTrue(EmbeddedDatabaseCompaction.worthCompacting(7_000 * mib, 16), "a million customers imported");
        assertEquals(false, EmbeddedDatabaseCompaction.worthCompacting(256 * mib, 50));
        assertEquals(false, EmbeddedDatabaseCompaction.worthCompacting(256 * mib - 1, 0));
    }

    @Test
    void aDatabaseOfNoFileIsLeftAlone() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1");
        try (Connection open = memory.getConnection()) {
            assertEquals(Optional.empty(), EmbeddedDatabaseCompaction.compactIfWasteful(memory, Mode.ALWAYS));
            assertTrue(open.isValid(1), "not shut down");
        }
    }

    @Test
    void anUnknownModeSaysWhatItMayBe() {
        assertEquals(Mode.AUTO, EmbeddedDatabaseCompaction.mode(" Auto "));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedDatabaseCompaction.mode("sometimes"));
        assertTrue(refused.getMessage().contains("auto, always or never"), refused.getMessage());
    }

    private JdbcDataSource file(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dir.resolve(name) + ";MODE=MSSQLServer");
        database.setUser("sa");
        database.setPassword("");
        return database;
    }

    private long fileSize(String name) {
        try {
            return Files.size(dir.resolve(name + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
