package dev.cartera.shared;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Which database a connection reaches, for the few places that must write or tune for it: SQL Server in production,
 * H2 (in SQL Server mode) as the embedded default and in the tests. One test, so that every place agrees on it.
 */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether it is H2, whose driver names its product exactly so. */
    public static boolean isH2(DatabaseMetaData database) throws SQLException {
        return "H2".equals(database.getDatabaseProductName());
    }
}
