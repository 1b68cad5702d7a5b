package dev.cartera.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The producer as the container would call it, over the application's real default configuration. */
class BlobStoreProducerTest {

    @TempDir
    Path dataDir;

    @Test
    void defaultIsADirectoryUnderTheDataDirectory() throws IOException {
        BlobStore store = produce(Map.of());

        assertInstanceOf(FileSystemBlobStore.class, store);
        store.put("a.txt", new ByteArrayInputStream(new byte[] {1}), 1, "text/plain");
        assertTrue(Files.exists(dataDir.resolve("blobs/objects/a.txt")));
    }

    @Test
    void s3IsConfiguredFromItsKeys() throws IOException {
        BlobStore store = produce(Map.of(
                "cartera.storage", "s3",
                "cartera.storage.s3.bucket", "backoffice",
                "cartera.storage.s3.region", "sa-east-1",
                "cartera.storage.s3.endpoint", "http://minio:9000",
                "cartera.storage.s3.path-style", "true",
                "cartera.storage.s3.access-key-id", "AKIAEXAMPLE",
                "cartera.storage.s3.secret-access-key", "secret"));

        try (S3BlobStore s3 = assertInstanceOf(S3BlobStore.class, store)) {
            assertEquals("S3BlobStore[S3Settings[bucket=backoffice, region=sa-east-1, endpoint=http://minio:9000,"
                    + " pathStyle=true, credentials=access key AKIAEXAMPLE, multipartThreshold=16777216,"
                    + " partSize=8388608, createBucket=false]]", s3.toString());
        }
    }

    @Test
    void s3WithoutKeysUsesTheDefaultCredentialChain() throws IOException {
        try (S3BlobStore s3 = (S3BlobStore) produce(Map.of("cartera.storage", "s3"))) {
            assertTrue(s3.toString().contains("bucket=cartera, region=us-east-1, endpoint=(AWS), pathStyle=false,"
                    + " credentials=default chain"), s3.toString());
        }
    }

    @Test
    void unknownKindFailsWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> produce(Map.of("cartera.storage", "ftp")));

        assertTrue(e.getMessage().contains("filesystem, s3"), e.getMessage());
    }

    private BlobStore produce(Map<String, String> overrides) throws IOException {
        BlobStoreProducer producer = new BlobStoreProducer();
        Map<String, String> config = new HashMap<>(overrides);
        config.put("cartera.data-dir", dataDir.toString());
        producer.config = new ApplicationConfig(config);
        return producer.blobStore();
    }
}
