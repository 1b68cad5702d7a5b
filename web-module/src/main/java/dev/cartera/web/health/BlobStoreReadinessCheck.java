package dev.cartera.web.health;

import dev.cartera.storage.BlobStore;
import dev.cartera.storage.BlobStoreKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the blob store (directory or bucket) can be used. In the web module for the reason given on {@link DatabaseReadinessCheck}. */
@Readiness
@ApplicationScoped
public class BlobStoreReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BlobStoreReadinessCheck.class.getName());

    @Inject
    BlobStore store;

    @Inject
    @ConfigProperty(name = BlobStoreKind.CONFIG_KEY)
    String kind;

    @Override
    public HealthCheckResponse call() {
        String adapter = BlobStoreKind.fromConfig(kind).configValue();
        try {
            long started = System.nanoTime();
            store.checkReady();
            return HealthCheckResponse.named("blob-store").up()
                    .withData("kind", adapter)
                    .withData("latencyMillis", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (RuntimeException e) {
            // The response is public, so it names the failure only; the log has the details.
            LOG.log(Level.FINE, "Blob store not ready", e);
            return HealthCheckResponse.named("blob-store").down()
                    .withData("kind", adapter)
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
