package dev.cartera.reference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Loads the reference data at every start, before the application takes requests: countries, provinces and
 * cities from the files under {@code reference/} on the classpath, then every {@link ReferenceDataSet}. The first
 * start inserts them; later ones change nothing unless a file did.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    static final int ATTEMPTS = 3;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    @Inject
    ReferenceDataWriter writer;

    @Inject
    PlaceNameIndex placeNames;

    @PostConstruct
    void load() {
        ReferenceData data = ReferenceData.fromClasspath();
        ReferenceDataChanges changes = withRetries(ATTEMPTS, PAUSE, () -> writer.write(data));
        placeNames.invalidate();
        if (changes.none()) {
            LOG.info("Reference data is up to date");
        } else {
            LOG.info(() -> "Reference data loaded: " + changes.added() + " rows added, " + changes.updated() + " updated");
        }
    }

    /**
     * Runs the work again when its transaction fails. Two instances starting together on an empty database insert
     * the same rows: the unique keys let one commit and roll the other back, whose next attempt finds the rows
     * there and changes nothing. A failure that persists is real, and fails the deployment.
     */
    static <T> T withRetries(int attempts, Duration pause, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (EJBException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                int failed = attempt;
                LOG.warning(() -> "Loading the reference data failed (attempt " + failed + " of " + attempts
                        + "), most likely because another instance is loading it too; trying again. Cause: " + e);
                sleep(pause.multipliedBy(attempt));
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the reference data", e);
        }
    }
}
