package dev.cartera.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No index of the migrated schema repeats another of its table, column for column: it would serve nothing the
 * other does not, and every row written would pay for it. H2 made one for the loans' foreign key to their customer
 * beside ix_loan_customer (V24 took it away). An index whose columns merely begin a wider one is allowed: H2 2.3
 * makes one for every foreign key that no index of exactly its columns serves, and keeps it.
 */
class RedundantIndexesTest {

    private record Index(String table, String name, boolean unique, String columns) {

        /** Whether {@code other} is this one again (a unique one may repeat a plain one: it says more). */
        boolean repeatedBy(Index other) {
            return !unique && other != this && other.table.equals(table) && other.columns.equals(columns);
        }
    }

    @Test
    void noIndexRepeatsAnother() throws SQLException {
        List<Index> indexes = indexes(TestDatabase.migrated("redundant-indexes"));
        List<String> redundant = new ArrayList<>();
        for (Index index : indexes) {
            indexes.stream().filter(index::repeatedBy).findFirst().ifPresent(other -> redundant.add(
                    index.table() + "." + index.name() + " (" + index.columns() + ") repeats " + other.name()
                            + " (" + other.columns() + ")"));
        }
        assertEquals(List.of(), redundant);
    }

    private static List<Index> indexes(TestDatabase database) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (Connection connection = database.connection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,
                            LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)
                     FROM INFORMATION_SCHEMA.INDEXES i
                     JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                       ON c.TABLE_SCHEMA = i.TABLE_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME
                     WHERE i.TABLE_SCHEMA = 'PUBLIC'
                     GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME""")) {
            while (rows.next()) {
                String type = rows.getString(3);
                indexes.add(new Index(rows.getString(1), rows.getString(2), !type.equals("INDEX"), rows.getString(4)));
            }
        }
        return indexes;
    }
}
