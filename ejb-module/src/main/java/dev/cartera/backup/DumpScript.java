package dev.cartera.backup;

import dev.cartera.backup.TableShape.ColumnShape;
import dev.cartera.backup.TableShape.ForeignKeyShape;
import dev.cartera.backup.TableShape.IndexShape;
import dev.cartera.shared.StatementTimeout;
import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of the dump over one connection: the tables (parents first) and their indexes, then every row as an
 * INSERT, its values as the dialect's literals and each blob column's bytes read from the blob store, then the
 * foreign keys that had to wait for their table.
 */
final class DumpScript {

    static final int FETCH_SIZE = 500;
    static final int STATEMENTS_PER_BATCH = 1_000;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSS");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Connection connection;
    private final SqlDialect dialect;
    private final Writer out;
    private final Map<String, List<BlobColumn>> blobColumns;
    private final BlobStore blobs;
    private final Instant takenAt;
    private final String sourceQuote;
    private int statements;

    DumpScript(Connection connection, SqlDialect dialect, Writer out, Map<String, List<BlobColumn>> blobColumns,
               BlobStore blobs, Instant takenAt) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.out = out;
        this.blobColumns = blobColumns;
        this.blobs = blobs;
        this.takenAt = takenAt;
        this.sourceQuote = connection.getMetaData().getIdentifierQuoteString().trim();
    }

    void write() throws SQLException, IOException {
        List<TableShape> tables = TableOrder.parentsFirst(SchemaReader.read(connection));
        out.write("-- Cartera database dump (" + dialect.name().toLowerCase(Locale.ROOT) + " dialect), taken at "
                + takenAt + " from " + connection.getMetaData().getDatabaseProductName() + "\n");
        out.write("-- Tables, parents first: " + tables.stream().map(TableShape::name).collect(Collectors.joining(", "))
                + "\n\n");
        List<String> created = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        for (TableShape table : tables) {
            createTable(table, created, deferred);
            created.add(table.name().toLowerCase(Locale.ROOT));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableShape table : tables) {
            counts.put(table.name(), inserts(table));
        }
        for (String statement : deferred) {
            statement(statement);
        }
        endBatch();
        out.write("\n-- Rows per table:\n");
        for (var count : counts.entrySet()) {
            out.write("-- rows " + count.getKey() + " " + count.getValue() + "\n");
        }
        out.write("-- End of dump\n");
    }

    private void createTable(TableShape table, List<String> created, List<String> deferred) throws IOException {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(column -> lines.add("    " + dialect.columnDefinition(column)));
        for (BlobColumn blob : blobsOf(table)) {
            lines.add("    " + dialect.quote(dumpColumn(table, blob)) + " " + dialect.binaryType());
        }
        if (!table.primaryKey().isEmpty()) {
            lines.add("    " + constraint(table.primaryKeyName(), "pk_" + table.name()) + "PRIMARY KEY ("
                    + names(table.primaryKey()) + ")");
        }
        for (IndexShape index : table.indexes()) {
            if (index.unique()) {
                lines.add("    " + constraint(index.name(), null) + "UNIQUE (" + names(index.columns()) + ")");
            }
        }
        for (ForeignKeyShape fk : table.foreignKeys()) {
            String definition = constraint(fk.name(), null) + "FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                    + dialect.quote(fk.referencedTable()) + " (" + names(fk.referencedColumns()) + ")";
            if (created.contains(fk.referencedTable().toLowerCase(Locale.ROOT))) {
                lines.add("    " + definition);
            } else {
                deferred.add("ALTER TABLE " + dialect.quote(table.name()) + " ADD " + definition + ";");
            }
        }
        statement("CREATE TABLE " + dialect.quote(table.name()) + " (\n" + String.join(",\n", lines) + "\n);");
        for (IndexShape index : table.indexes()) {
            if (!index.unique()) {
                statement("CREATE INDEX " + dialect.quote(index.name()) + " ON " + dialect.quote(table.name())
                        + " (" + names(index.columns()) + ");");
            }
        }
        endBatch();
    }

    private long inserts(TableShape table) throws SQLException, IOException {
        List<BlobColumn> blobs = blobsOf(table);
        String identity = table.columns().stream().filter(ColumnShape::identity).map(ColumnShape::name)
                .findFirst().orElse(null);
        String prefix = "INSERT INTO " + dialect.quote(table.name()) + " ("
                + names(table.columns().stream().map(ColumnShape::name).toList())
                + blobs.stream().map(blob -> ", " + dialect.quote(dumpColumn(table, blob))).collect(Collectors.joining())
                + ") VALUES (";
        String select = "SELECT " + table.columns().stream().map(c -> sourceName(c.name())).collect(Collectors.joining(", "))
                + " FROM " + sourceName(table.name())
                + (table.primaryKey().isEmpty() ? "" : " ORDER BY "
                + table.primaryKey().stream().map(this::sourceName).collect(Collectors.joining(", ")));
        Optional<String> before = dialect.beforeInserts(table);
        long rows = 0;
        long maxIdentity = 0;
        try (Statement statement = connection.createStatement()) {
            StatementTimeout.forWholeTable(statement);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(select)) {
                while (rs.next()) {
                    if (rows == 0 && before.isPresent()) {
                        out.write(before.get() + "\n");
                    }
                    out.write(prefix);
                    Map<String, String> keys = new LinkedHashMap<>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        ColumnShape column = table.columns().get(i);
                        if (i > 0) {
                            out.write(", ");
                        }
                        String literal = literal(rs, i + 1, column);
                        out.write(literal);
                        if (column.identity() && rs.getObject(i + 1) != null) {
                            maxIdentity = Math.max(maxIdentity, rs.getLong(i + 1));
                        }
                        if (blobs.stream().anyMatch(b -> b.keyColumn().equalsIgnoreCase(column.name()))) {
                            keys.put(column.name().toLowerCase(Locale.ROOT), rs.getString(i + 1));
                        }
                    }
                    for (BlobColumn blob : blobs) {
                        out.write(", ");
                        blobLiteral(keys.get(blob.keyColumn().toLowerCase(Locale.ROOT)));
                    }
                    out.write(");\n");
                    rows++;
                    countStatement();
                }
            }
        }
        if (rows > 0) {
            Optional<String> after = dialect.afterInserts(table, identity, maxIdentity);
            if (after.isPresent()) {
                out.write(after.get() + "\n");
            }
            endBatch();
        }
        return rows;
    }

    private String literal(ResultSet rs, int index, ColumnShape column) throws SQLException {
        if (rs.getObject(index) == null) {
            return "NULL";
        }
        return switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> String.valueOf(rs.getLong(index));
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(index).toPlainString();
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> String.valueOf(rs.getDouble(index));
            case Types.BOOLEAN, Types.BIT -> dialect.bool(rs.getBoolean(index));
            case Types.DATE -> dialect.date(rs.getObject(index, LocalDate.class).toString());
            case Types.TIME -> dialect.time(rs.getObject(index, LocalTime.class).toString());
            case Types.TIMESTAMP -> dialect.timestamp(TIMESTAMP.format(rs.getObject(index, LocalDateTime.class)));
            case Types.TIMESTAMP_WITH_TIMEZONE -> "'" + rs.getObject(index, OffsetDateTime.class) + "'";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(index);
                StringBuilder hex = new StringBuilder(dialect.binaryLiteralStart());
                for (byte b : bytes) {
                    hex.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                yield hex.append(dialect.binaryLiteralEnd()).toString();
            }
            default -> dialect.string(rs.getString(index));
        };
    }

    /** The bytes under {@code key}, as a hexadecimal literal written a buffer at a time. */
    private void blobLiteral(String key) throws IOException {
        if (key == null) {
            out.write("NULL");
            return;
        }
        Optional<Blob> found = blobs.get(key);
        if (found.isEmpty()) {
            // deleted after the snapshot was taken (a picture replaced meanwhile): the row is kept, without bytes
            out.write("NULL /* blob " + key.replace("*/", "* /") + " is gone */");
            return;
        }
        try (Blob blob = found.get(); InputStream in = blob.content()) {
            out.write(dialect.binaryLiteralStart());
            byte[] buffer = new byte[32 * 1024];
            char[] chars = new char[buffer.length * 2];
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    chars[2 * i] = HEX[(buffer[i] >> 4) & 0xF];
                    chars[2 * i + 1] = HEX[buffer[i] & 0xF];
                }
                out.write(chars, 0, read * 2);
            }
            out.write(dialect.binaryLiteralEnd());
        }
    }

    /** The added column in the case of the table's own columns (H2 upper-cases unquoted names). */
    private String dumpColumn(TableShape table, BlobColumn blob) {
        boolean upper = table.columns().stream().filter(c -> c.name().equalsIgnoreCase(blob.keyColumn()))
                .anyMatch(c -> c.name().equals(c.name().toUpperCase(Locale.ROOT)));
        return upper ? blob.dumpColumn().toUpperCase(Locale.ROOT) : blob.dumpColumn();
    }

    private List<BlobColumn> blobsOf(TableShape table) {
        return blobColumns.getOrDefault(table.name().toLowerCase(Locale.ROOT), List.of());
    }

    private String constraint(String name, String fallback) {
        String chosen = name != null && !name.isBlank() && !name.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY_")
                && !name.toUpperCase(Locale.ROOT).startsWith("CONSTRAINT_") ? name : fallback;
        return chosen == null ? "" : "CONSTRAINT " + dialect.quote(chosen) + " ";
    }

    private String names(List<String> columns) {
        return columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    private String sourceName(String name) {
        return sourceQuote.isEmpty() ? name : sourceQuote + name.replace(sourceQuote, sourceQuote + sourceQuote) + sourceQuote;
    }

    private void statement(String sql) throws IOException {
        out.write(sql);
        out.write('\n');
        countStatement();
    }

    private void countStatement() throws IOException {
        if (++statements % STATEMENTS_PER_BATCH == 0) {
            endBatch();
        }
    }

    private void endBatch() throws IOException {
        if (dialect.batchSeparator().isPresent()) {
            out.write(dialect.batchSeparator().get() + "\n");
        }
    }
}
