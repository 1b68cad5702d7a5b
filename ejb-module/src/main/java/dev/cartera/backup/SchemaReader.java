package dev.cartera.backup;

import dev.cartera.backup.TableShape.ColumnShape;
import dev.cartera.backup.TableShape.ForeignKeyShape;
import dev.cartera.backup.TableShape.IndexShape;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the tables of the connection's current schema through {@link DatabaseMetaData}, and nothing else. */
public final class SchemaReader {

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");
    /** H2 names the index behind a constraint after it: {@code UK_PET_PET_ID_INDEX_1}. */
    private static final Pattern CONSTRAINT_INDEX = Pattern.compile("(?i)(.+)_INDEX_[0-9A-F]+");

    private SchemaReader() {
    }

    public static List<TableShape> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(catalog, schema, "%", null)) {
            while (tables.next()) {
                if (TABLE_TYPES.contains(tables.getString("TABLE_TYPE"))) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
        }
        List<TableShape> shapes = new ArrayList<>();
        for (String name : names) {
            shapes.add(table(meta, catalog, schema, name));
        }
        return shapes;
    }

    private static TableShape table(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        List<ColumnShape> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                columns.add(new ColumnShape(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"), "YES".equals(rs.getString("IS_NULLABLE")),
                        "YES".equals(rs.getString("IS_AUTOINCREMENT")), rs.getString("COLUMN_DEF")));
            }
        }
        TreeMap<Short, String> pk = new TreeMap<>();
        String pkName = null;
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                pkName = rs.getString("PK_NAME");
            }
        }
        Map<String, ForeignKeyShape> foreignKeys = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String fkName = rs.getString("FK_NAME");
                String parent = rs.getString("PKTABLE_NAME");
                ForeignKeyShape fk = foreignKeys.computeIfAbsent(fkName,
                        n -> new ForeignKeyShape(n, new ArrayList<>(), parent, new ArrayList<>()));
                fk.columns().add(rs.getString("FKCOLUMN_NAME"));
                fk.referencedColumns().add(rs.getString("PKCOLUMN_NAME"));
            }
        }
        List<String> primaryKey = List.copyOf(pk.values());
        return new TableShape(table, columns, pkName, primaryKey,
                foreignKeys.values().stream().map(fk -> new ForeignKeyShape(fk.name(), List.copyOf(fk.columns()),
                        fk.referencedTable(), List.copyOf(fk.referencedColumns()))).toList(),
                indexes(meta, catalog, schema, table, primaryKey));
    }

    /**
     * Unique and plain indexes, without the primary key's. The indexes H2 creates behind a constraint come back as
     * the constraint (unique) or not at all (a foreign key's, which the foreign key recreates).
     */
    private static List<IndexShape> indexes(DatabaseMetaData meta, String catalog, String schema, String table,
                                            List<String> primaryKey) throws SQLException {
        Map<String, IndexShape> indexes = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue;
                }
                boolean unique = !rs.getBoolean("NON_UNIQUE");
                indexes.computeIfAbsent(name, n -> new IndexShape(n, unique, new ArrayList<>())).columns().add(column);
            }
        }
        List<IndexShape> kept = new ArrayList<>();
        for (IndexShape index : indexes.values()) {
            if (index.unique() && index.columns().equals(primaryKey)) {
                continue;
            }
            var derived = CONSTRAINT_INDEX.matcher(index.name());
            if (derived.matches()) {
                if (index.unique()) {
                    kept.add(new IndexShape(derived.group(1), true, List.copyOf(index.columns())));
                }
                continue;
            }
            kept.add(new IndexShape(index.name(), index.unique(), List.copyOf(index.columns())));
        }
        return kept;
    }
}
