package dev.cartera.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/** Builds the one {@link BlobStore} of the application from the {@code cartera.storage*} keys. */
@ApplicationScoped
public class BlobStoreProducer {

    private static final Logger LOG = Logger.getLogger(BlobStoreProducer.class.getName());

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        BlobStoreKind kind = BlobStoreKind.fromConfig(config.getValue(BlobStoreKind.CONFIG_KEY, String.class));
        return switch (kind) {
            case FILESYSTEM -> new FileSystemBlobStore(
                    Path.of(config.getValue("cartera.storage.filesystem.root", String.class)));
            case S3 -> {
                S3Settings settings = S3Settings.from(config);
                yield new S3BlobStore(settings.newClient(), settings);
            }
        };
    }

    void close(@Disposes BlobStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, e, () -> "Could not close the blob store " + store);
            }
        }
    }

    /**
     * Builds the store while the application starts, so that a configuration mistake fails the deployment
     * rather than the first upload, and creates a missing bucket when asked to. An unreachable store is only
     * logged: it may come up later, and readiness reports it meanwhile.
     */
    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored, BlobStore store) {
        try {
            store.checkReady();
            LOG.info(() -> "Blob store ready: " + store);
        } catch (BlobStoreException e) {
            LOG.log(Level.WARNING, e, () -> "Blob store not ready yet: " + store);
        }
    }
}
