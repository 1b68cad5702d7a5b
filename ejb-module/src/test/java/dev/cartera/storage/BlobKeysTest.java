package dev.cartera.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "imports/2025/07/customers.csv", "pets/7/foto niño.jpg", ".hidden/x", "a..b", "a/...",
            "metadata/x", "staging"})
    void acceptsKeys(String key) {
        assertEquals(key, BlobKeys.requireValidKey(key));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/a", "a/", "a//b", "..", ".", "a/../b", "../a", "./a", "a/.", "a\\b", "..\\a",
            "a\u0000b", "a\nb"})
    void rejectsKeys(String key) {
        assertThrows(IllegalArgumentException.class, () -> BlobKeys.requireValidKey(key));
    }

    @Test
    void limitsKeysTo1024BytesOfUtf8() {
        assertEquals(1024, BlobKeys.requireValidKey("x".repeat(1024)).length());
        assertThrows(IllegalArgumentException.class, () -> BlobKeys.requireValidKey("x".repeat(1025)));
        // 2 bytes each in UTF-8: 513 characters are 1026 bytes
        assertThrows(IllegalArgumentException.class, () -> BlobKeys.requireValidKey("ñ".repeat(513)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a/", "pets/7/ph", ".h"})
    void acceptsPrefixes(String prefix) {
        assertEquals(prefix, BlobKeys.requireValidPrefix(prefix));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"/", "/a", "a//", "../", "a/../", "..", "a\\"})
    void rejectsPrefixes(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> BlobKeys.requireValidPrefix(prefix));
    }

    @Test
    void doesNotEchoControlCharactersInItsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlobKeys.requireValidKey("evil\nINFO forged log line"));
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }
}
