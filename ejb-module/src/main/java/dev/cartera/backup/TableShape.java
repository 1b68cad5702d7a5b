package dev.cartera.backup;

import java.util.List;

/** A table as JDBC metadata describes it: what the dump needs to recreate it. */
public record TableShape(String name, List<ColumnShape> columns, String primaryKeyName, List<String> primaryKey,
                         List<ForeignKeyShape> foreignKeys, List<IndexShape> indexes) {

    public TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /**
     * @param jdbcType {@link java.sql.Types}
     * @param size     the length or precision
     * @param scale    decimal digits (fractional seconds for timestamps)
     * @param defaultValue the column default as the database reports it, or null
     */
    public record ColumnShape(String name, int jdbcType, String typeName, int size, int scale, boolean nullable,
                              boolean identity, String defaultValue) {
    }

    public record ForeignKeyShape(String name, List<String> columns, String referencedTable,
                                  List<String> referencedColumns) {
    }

    public record IndexShape(String name, boolean unique, List<String> columns) {
    }

    public boolean references(String table) {
        return foreignKeys.stream().anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(table));
    }
}
