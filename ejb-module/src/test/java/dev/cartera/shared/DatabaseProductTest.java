package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class DatabaseProductTest {

    @Test
    void anH2DatabaseIsH2() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:product;MODE=MSSQLServer")) {
            assertTrue(DatabaseProduct.isH2(connection.getMetaData()));
        }
    }

    @Test
    void sqlServerIsNot() throws Exception {
        assertFalse(DatabaseProduct.isH2(named("Microsoft SQL Server")));
    }

    private static DatabaseMetaData named(String product) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseProductTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDatabaseProductName")) {
                        return product;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
