package dev.cartera.testing;

import dev.cartera.shared.UtcInstantConverter;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 in SQL Server mode, as the server runs it: empty, or with every Flyway migration applied
 * (the real schema), and an EclipseLink persistence unit over it when a test asks for one. Each call makes a new
 * database, so tests never see each other's rows.
 */
public final class TestDatabase {

    private final String url;
    private final JdbcDataSource dataSource;

    private TestDatabase(String name) {
        this.url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MSSQLServer";
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    /** An empty database, for tests that make their own tables. */
    public static TestDatabase empty(String name) {
        return new TestDatabase(name);
    }

    /** The application's schema: every migration in {@code db/migration}, with the server's history table. */
    public static TestDatabase migrated(String name) {
        TestDatabase database = new TestDatabase(name);
        database.migrations().load().migrate();
        return database;
    }

    /** Flyway over this database as the server configures it, for a test that migrates step by step. */
    public FluentConfiguration migrations() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("schema_history");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Inserts the one customer that tests of loans and purchases hang their rows on (Rosa Cedeño, CI 1714307103)
     * and its document type; @return the customer's id
     */
    public long oneCustomer() throws SQLException {
        try (Connection connection = connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula')");
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, created_at, updated_at) VALUES ('CI', '1714307103', 'PERSON', 'Rosa', 'Cedeño', "
                    + "'rosa cedeno', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (ResultSet id = sql.executeQuery("SELECT id FROM customer")) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /**
     * A resource-local persistence unit over this database with these entities and embeddables, mapped as the
     * server maps them (SQL Server platform, instants in UTC). The caller closes it.
     */
    public EntityManagerFactory entityManagerFactory(Class<?>... managed) {
        return entityManagerFactory(Map.of(), managed);
    }

    /** The same, with more persistence unit properties. */
    public EntityManagerFactory entityManagerFactory(Map<String, String> properties, Class<?>... managed) {
        PersistenceConfiguration unit = new PersistenceConfiguration("test")
                .provider("org.eclipse.persistence.jpa.PersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(UtcInstantConverter.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("eclipselink.target-database", "dev.cartera.shared.SqlServerPlatform")
                .property("eclipselink.weaving", "false")
                .property("eclipselink.logging.level", "WARNING");
        properties.forEach(unit::property);
        for (Class<?> each : managed) {
            unit.managedClass(each);
        }
        return unit.createEntityManagerFactory();
    }
}
