package dev.cartera.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version the code expects (Flyway scripts in {@code db/migration}) before anything
 * else touches the database. Startup beans that use the database declare {@code @DependsOn("SchemaMigrations")}.
 * Flyway's lock table serialises instances that start together. Before them, while nothing else holds the database
 * open, the embedded H2 file is compacted when most of it is unused space ({@link EmbeddedDatabaseCompaction}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/cartera")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "cartera.db.compact-at-start")
    String compactAtStart;

    /**
     * Outside any transaction, which the class's attribute does not say for a lifecycle callback: in one, the pool
     * hands the same connection back for the whole callback, and after the compaction that one is closed.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        compact();
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

    /**
     * The embedded database's unused space given back while nothing else holds it open. A compaction that fails (a
     * disk without room for the copy) leaves the file as it was, and the server starts on it.
     */
    private void compact() {
        EmbeddedDatabaseCompaction.Mode mode = EmbeddedDatabaseCompaction.mode(compactAtStart);
        try {
            EmbeddedDatabaseCompaction.compactIfWasteful(dataSource, mode)
                    .ifPresent(done -> LOG.info(() -> "Embedded database compacted in %,d ms: %,.1f MiB to %,.1f MiB"
                            .formatted(done.millis(), done.bytesBefore() / 1048576.0, done.bytesAfter() / 1048576.0)));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The embedded database could not be compacted; starting on the file as it is", e);
        }
    }
}
