package dev.cartera.web.health;

import dev.cartera.storage.BlobStore;
import dev.cartera.storage.BlobStoreKind;
import dev.cartera.storage.FileSystemBlobStore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreReadinessCheckTest {

    @TempDir
    Path root;

    @BeforeAll
    static void useAPlainResponseBuilder() {
        // Outside the container nobody provides MicroProfile Health's builder.
        HealthCheckResponse.setResponseProvider(PlainResponseBuilder::new);
    }

    @AfterAll
    static void forgetTheResponseBuilder() {
        HealthCheckResponse.setResponseProvider(null);
    }

    @Test
    void upWhileTheStoreIsUsable() {
        HealthCheckResponse response = check(new FileSystemBlobStore(root)).call();

        assertEquals("blob-store", response.getName());
        assertEquals(Status.UP, response.getStatus());
        assertEquals("filesystem", response.getData().orElseThrow().get("kind"));
    }

    @Test
    void downWhenTheStoreIsNot() throws IOException {
        BlobStore store = new FileSystemBlobStore(root);
        Files.delete(root.resolve("staging"));

        HealthCheckResponse response = check(store).call();

        assertEquals(Status.DOWN, response.getStatus());
        assertEquals(Map.of("kind", "filesystem", "error", "BlobStoreException"), response.getData().orElseThrow());
    }

    private static BlobStoreReadinessCheck check(BlobStore store) {
        BlobStoreReadinessCheck check = new BlobStoreReadinessCheck();
        check.store = store;
        check.kind = "filesystem";
        return check;
    }

    private static final class PlainResponseBuilder extends HealthCheckResponseBuilder {
        private final Map<String, Object> data = new HashMap<>();
        private String name;
        private Status status = Status.DOWN;

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            return with(key, value);
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            return with(key, value);
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            return with(key, value);
        }

        private HealthCheckResponseBuilder with(String key, Object value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? Status.UP : Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, Optional.of(Map.copyOf(data)));
        }
    }
}
