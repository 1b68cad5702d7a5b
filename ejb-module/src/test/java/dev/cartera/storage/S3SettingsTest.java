package dev.cartera.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class S3SettingsTest {

    static final int MIB = 1024 * 1024;

    @Test
    void acceptsTheDefaults() {
        new S3Settings("cartera", "us-east-1", null, false, null, null, 16L * MIB, 8 * MIB, false);
    }

    @Test
    void refusesPartsSmallerThanS3Allows() {
        assertThrows(IllegalArgumentException.class,
                () -> new S3Settings("cartera", "us-east-1", null, false, null, null, 16L * MIB, 5 * MIB - 1, false));
    }

    @Test
    void refusesAThresholdAboveTheLargestSinglePut() {
        assertThrows(IllegalArgumentException.class, () -> new S3Settings("cartera", "us-east-1", null, false,
                null, null, S3Settings.MAX_SINGLE_PUT_SIZE + 1, 8 * MIB, false));
    }

    @Test
    void refusesHalfOfAKeyPair() {
        assertThrows(IllegalArgumentException.class,
                () -> new S3Settings("cartera", "us-east-1", null, false, "AKIA", null, 16L * MIB, 8 * MIB, false));
        assertThrows(IllegalArgumentException.class,
                () -> new S3Settings("cartera", "us-east-1", null, false, null, "secret", 16L * MIB, 8 * MIB, false));
    }

    @Test
    void refusesAMissingBucketOrRegion() {
        assertThrows(IllegalArgumentException.class,
                () -> new S3Settings(" ", "us-east-1", null, false, null, null, 16L * MIB, 8 * MIB, false));
        assertThrows(IllegalArgumentException.class,
                () -> new S3Settings("cartera", "", null, false, null, null, 16L * MIB, 8 * MIB, false));
    }

    @Test
    void neverPrintsTheSecret() {
        String printed = new S3Settings("cartera", "us-east-1", URI.create("http://minio:9000"), true,
                "AKIAEXAMPLE", "wJalrXUtnFEMI", 16L * MIB, 8 * MIB, true).toString();

        assertTrue(printed.contains("AKIAEXAMPLE"), printed);
        assertFalse(printed.contains("wJalrXUtnFEMI"), printed);
    }
}
