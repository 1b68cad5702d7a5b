package dev.cartera.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlobStoreKindTest {

    @Test
    void readsTheConfiguredSpelling() {
        assertEquals(BlobStoreKind.FILESYSTEM, BlobStoreKind.fromConfig("filesystem"));
        assertEquals(BlobStoreKind.S3, BlobStoreKind.fromConfig(" S3 "));
        assertEquals("s3", BlobStoreKind.S3.configValue());
    }

    @Test
    void unknownKindNamesTheKeyAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlobStoreKind.fromConfig("minio"));

        assertTrue(e.getMessage().contains("cartera.storage must be one of filesystem, s3, not \"minio\""),
                e.getMessage());
    }
}
