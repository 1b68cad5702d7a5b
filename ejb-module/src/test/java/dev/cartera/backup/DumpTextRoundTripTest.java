package dev.cartera.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cartera.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

/**
 * Text that a user typed (a pet's name, a loan's purpose, a rejected import value) comes back from a restore
 * byte for byte, and none of it runs: read the SQL Server script as sqlcmd does (a line {@code GO} ends a batch
 * wherever it stands, {@code $(name)} is expanded, a line starting with {@code :} is a command), and the H2
 * script as H2's RunScript does.
 */
class DumpTextRoundTripTest {

    private static final String PROMOTE = "UPDATE account SET role = 'admin' WHERE name = 'mallory';";

    @Test
    void sqlServerScriptRestoresTextAsStoredAndRunsNothingElse() throws Exception {
        String script = dump(SqlDialect.SQLSERVER);
        try (Connection restored = emptyDatabase(";MODE=MSSQLServer")) {
            try (Statement sql = restored.createStatement()) {
                // H2 has no NCHAR; SQL Server's makes the character of a code point, as this does
                sql.execute("CREATE ALIAS NCHAR FOR 'java.lang.Character.toString(int)'");
            }
            for (String batch : sqlcmdBatches(script)) {
                RunScript.execute(restored, new StringReader(batch));
            }
            assertRestoredAsStored(restored);
        }
    }

    @Test
    void h2ScriptRestoresTextAsStoredAndRunsNothingElse() throws Exception {
        String script = dump(SqlDialect.H2);
        assertFalse(script.lines().anyMatch(line -> line.strip().equalsIgnoreCase("GO")), script);
        try (Connection restored = emptyDatabase("")) {
            RunScript.execute(restored, new StringReader(script));
            assertRestoredAsStored(restored);
        }
    }

    static List<String> hostileTexts() {
        StringBuilder controls = new StringBuilder();
        for (int c = 0; c < 0x20; c++) {
            controls.append((char) c);
        }
        controls.append('\u007f');
        for (int c = 0x80; c < 0xa0; c++) {
            controls.append((char) c);
        }
        return List.of(
                "Firulais\nGO\n" + PROMOTE + "\nGO\n",
                "Firulais\r\nGO\r\n" + PROMOTE + "\r\n",
                "x';\n" + PROMOTE + "\n--",
                "$(x) and $(SQLCMDUSER) and $$ money",
                "line\n:!! touch /tmp/pwned\n:r /etc/passwd",
                "O'Neill \"quoted\" [bracketed] ''",
                "NUL\u0000inside",
                controls.toString(),
                "emoji 🐶🐱 and ñ, ü, 中文, \u2028 and \u2029",
                "",
                "long\n".repeat(1_500));
    }

    private static String dump(SqlDialect dialect) throws Exception {
        DataSource source = TestDatabase.empty("text").dataSource();
        try (Connection setup = source.getConnection(); Statement sql = setup.createStatement()) {
            sql.execute("CREATE TABLE account (name NVARCHAR(50) NOT NULL, role NVARCHAR(20) NOT NULL, "
                    + "CONSTRAINT pk_account PRIMARY KEY (name))");
            sql.execute("INSERT INTO account (name, role) VALUES ('mallory', 'user')");
            sql.execute("CREATE TABLE note (id BIGINT NOT NULL, body NVARCHAR(MAX), CONSTRAINT pk_note PRIMARY KEY (id))");
            try (PreparedStatement insert = setup.prepareStatement("INSERT INTO note (id, body) VALUES (?, ?)")) {
                List<String> texts = hostileTexts();
                for (int i = 0; i < texts.size(); i++) {
                    insert.setLong(1, i);
                    insert.setString(2, texts.get(i));
                    insert.executeUpdate();
                }
            }
        }
        DatabaseDump dump = new DatabaseDump();
        dump.dataSource = source;
        dump.clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.write(out, dialect, Map.of());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The batches sqlcmd would send: split at every line that is GO, variables expanded, commands refused. */
    private static List<String> sqlcmdBatches(String script) {
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.toUpperCase().matches("GO( +\\d+)?")) {
                batches.add(batch.toString());
                batch.setLength(0);
            } else if (trimmed.startsWith(":")) {
                fail("sqlcmd would run the command " + line);
            } else {
                if (line.contains("$(")) {
                    fail("sqlcmd would expand a variable in " + line);
                }
                batch.append(line).append('\n');
            }
        }
        batches.add(batch.toString());
        return batches;
    }

    private static Connection emptyDatabase(String mode) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID() + mode, "sa", "");
    }

    private static void assertRestoredAsStored(Connection restored) throws SQLException {
        try (Statement sql = restored.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT ROLE FROM ACCOUNT")) {
                rs.next();
                assertEquals("user", rs.getString(1), "no statement hidden in a value ran");
            }
            List<String> texts = hostileTexts();
            try (ResultSet rs = sql.executeQuery("SELECT ID, BODY FROM NOTE ORDER BY ID")) {
                int count = 0;
                while (rs.next()) {
                    String expected = texts.get(rs.getInt(1));
                    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), rs.getString(2).getBytes(StandardCharsets.UTF_8),
                            "note " + rs.getInt(1));
                    count++;
                }
                assertEquals(texts.size(), count);
            }
        }
    }
}
