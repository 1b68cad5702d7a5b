package dev.cartera.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version the code expects (Flyway scripts in {@code db/migration}) before anything
 * else touches the database. Startup beans that use the database declare {@code @DependsOn("SchemaMigrations")}.
 * Flyway's lock table serialises instances that start together.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/cartera")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Database schema migrated to version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations)");
        }
    }
}
