package dev.cartera.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} adapter must do; each adapter's test extends this class. Each test gets an
 * empty store.
 */
abstract class BlobStoreContract {

    /** Above the multipart threshold the S3 test sets (5 MiB), and not a whole number of parts. */
    static final long LARGE = 12L * 1024 * 1024 + 12_345;

    BlobStore store;

    /** A new, empty store. */
    abstract BlobStore newStore() throws Exception;

    /** Fails when a failed upload left something behind that {@link BlobStore#list} cannot see. */
    abstract void assertNoUnfinishedUploads() throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore();
    }

    @Test
    void storedObjectComesBackWithItsContentTypeAndLength() throws IOException {
        BlobMetadata stored = put("imports/2025/07/customers.csv", "id;name\n1;Ana\n", "text/csv");

        assertEquals(new BlobMetadata("imports/2025/07/customers.csv", 14, "text/csv", stored.lastModified()), stored);
        try (Blob blob = store.get("imports/2025/07/customers.csv").orElseThrow()) {
            assertEquals(stored, blob.metadata());
            assertEquals("id;name\n1;Ana\n", new String(blob.content().readAllBytes(), UTF_8));
        }
    }

    @Test
    void metadataDescribesTheObjectWithoutReadingIt() {
        BlobMetadata stored = put("pets/7/photo.jpg", "not really a jpeg", "image/jpeg");

        assertEquals(stored, store.metadata("pets/7/photo.jpg").orElseThrow());
    }

    @Test
    void contentTypeDefaultsToOctetStream() {
        put("dump.bin", "x", null);

        assertEquals("application/octet-stream", store.metadata("dump.bin").orElseThrow().contentType());
    }

    @Test
    void putReplacesContentAndContentType() throws IOException {
        put("report", "first version", "text/plain");
        put("report", "<p>second</p>", "text/html");

        try (Blob blob = store.get("report").orElseThrow()) {
            assertEquals("text/html", blob.metadata().contentType());
            assertEquals(13, blob.metadata().size());
            assertEquals("<p>second</p>", new String(blob.content().readAllBytes(), UTF_8));
        }
    }

    @Test
    void deleteSaysWhetherThereWasSomethingToDelete() {
        put("a/b", "x", "text/plain");

        assertTrue(store.delete("a/b"));
        assertFalse(store.delete("a/b"));
        assertTrue(store.get("a/b").isEmpty());
        assertTrue(store.metadata("a/b").isEmpty());
        assertEquals(List.of(), store.list(""));
    }

    @Test
    void missingKeyHasNoContentAndNoMetadata() {
        assertTrue(store.get("never/stored").isEmpty());
        assertTrue(store.metadata("never/stored").isEmpty());
    }

    @Test
    void emptyObjectsAreObjects() throws IOException {
        store.put("empty", InputStream.nullInputStream(), 0, "text/plain");
        store.put("empty-unknown", InputStream.nullInputStream(), BlobStore.UNKNOWN_LENGTH, "text/plain");

        for (String key : List.of("empty", "empty-unknown")) {
            try (Blob blob = store.get(key).orElseThrow()) {
                assertEquals(0, blob.metadata().size());
                assertEquals(-1, blob.content().read());
            }
        }
    }

    @Test
    void listFindsEveryKeyUnderAPrefixAtAnyDepthInKeyOrder() {
        for (String key : List.of("pets/2/d.jpg", "pets/1/b.jpg", "pets/12/c.jpg", "pets/1/a.jpg",
                "petshop.txt", "imports/x.csv")) {
            put(key, key, "text/plain");
        }

        assertAll(
                () -> assertEquals(List.of("pets/1/a.jpg", "pets/1/b.jpg", "pets/12/c.jpg", "pets/2/d.jpg"),
                        keys(store.list("pets/"))),
                () -> assertEquals(List.of("pets/1/a.jpg", "pets/1/b.jpg", "pets/12/c.jpg"),
                        keys(store.list("pets/1"))),
                () -> assertEquals(List.of("pets/1/a.jpg", "pets/1/b.jpg"), keys(store.list("pets/1/"))),
                () -> assertEquals(List.of("pets/1/a.jpg", "pets/1/b.jpg", "pets/12/c.jpg", "pets/2/d.jpg",
                        "petshop.txt"), keys(store.list("pet"))),
                () -> assertEquals(6, store.list("").size()),
                () -> assertEquals(List.of(), store.list("nothing/")),
                () -> assertEquals(List.of(), store.list("pets/3")));
    }

    @Test
    void listGivesSizeAndDate() {
        BlobMetadata stored = put("imports/x.csv", "12345", "text/csv");

        assertEquals(List.of(new BlobSummary("imports/x.csv", 5, stored.lastModified())), store.list("imports/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../outside", "a\\b", "a//b", "trailing/"})
    void badKeysAreRejectedBeforeAnythingHappens(String key) {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> store.put(key, new ByteArrayInputStream(new byte[1]), 1, "text/plain")),
                () -> assertThrows(IllegalArgumentException.class, () -> store.get(key)),
                () -> assertThrows(IllegalArgumentException.class, () -> store.metadata(key)),
                () -> assertThrows(IllegalArgumentException.class, () -> store.delete(key)));
        assertEquals(List.of(), store.list(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "../", "a/../", "a\\"})
    void badPrefixesAreRejected(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> store.list(prefix));
    }

    @Test
    void lengthBelowMinusOneIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> store.put("k", InputStream.nullInputStream(), -2, "text/plain"));
    }

    @Test
    void severalMegabytesGoUpAndComeBackStreamed() throws IOException {
        BlobMetadata stored = store.put("dumps/large.bin", GeneratedInputStream.of(LARGE, 42), LARGE,
                "application/octet-stream");

        assertEquals(LARGE, stored.size());
        try (Blob blob = store.get("dumps/large.bin").orElseThrow()) {
            assertEquals(LARGE, blob.metadata().size());
            assertEquals(GeneratedInputStream.sha256Of(LARGE, 42), GeneratedInputStream.sha256(blob.content()));
        }
    }

    @Test
    void severalMegabytesOfUnknownLengthAreStoredWhole() throws IOException {
        BlobMetadata stored = store.put("dumps/streamed.sql", GeneratedInputStream.of(LARGE, 7),
                BlobStore.UNKNOWN_LENGTH, "application/sql");

        assertEquals(new BlobMetadata("dumps/streamed.sql", LARGE, "application/sql", stored.lastModified()), stored);
        try (Blob blob = store.get("dumps/streamed.sql").orElseThrow()) {
            assertEquals(GeneratedInputStream.sha256Of(LARGE, 7), GeneratedInputStream.sha256(blob.content()));
        }
    }

    @Test
    void smallObjectOfUnknownLengthIsStoredWhole() throws IOException {
        BlobMetadata stored = put("note.txt", "hola", "text/markdown", BlobStore.UNKNOWN_LENGTH);

        assertEquals(4, stored.size());
        try (Blob blob = store.get("note.txt").orElseThrow()) {
            assertEquals("text/markdown", blob.metadata().contentType());
            assertEquals("hola", new String(blob.content().readAllBytes(), UTF_8));
        }
    }

    @Test
    void bytesBeyondTheAnnouncedLengthAreNotStored() throws IOException {
        put("short", "0123456789", "text/plain", 4);

        try (Blob blob = store.get("short").orElseThrow()) {
            assertEquals("0123", new String(blob.content().readAllBytes(), UTF_8));
        }
    }

    @Test
    void streamEndingBeforeTheAnnouncedLengthStoresNothing() throws Exception {
        assertThrows(BlobStoreException.class, () -> put("small", "only this", "text/plain", 100));
        assertThrows(BlobStoreException.class,
                () -> store.put("large", GeneratedInputStream.of(LARGE - 1, 3), LARGE, "text/plain"));

        assertEquals(List.of(), store.list(""));
        assertNoUnfinishedUploads();
    }

    @Test
    void failedUploadLeavesNothingBehind() throws Exception {
        assertThrows(BlobStoreException.class, () -> store.put("dumps/broken.bin",
                GeneratedInputStream.failingAfter(7L * 1024 * 1024, LARGE, 1), LARGE, "application/octet-stream"));
        assertThrows(BlobStoreException.class, () -> store.put("dumps/broken-unknown.bin",
                GeneratedInputStream.failingAfter(7L * 1024 * 1024, LARGE, 1), BlobStore.UNKNOWN_LENGTH, null));

        assertTrue(store.metadata("dumps/broken.bin").isEmpty());
        assertTrue(store.metadata("dumps/broken-unknown.bin").isEmpty());
        assertEquals(List.of(), store.list(""));
        assertNoUnfinishedUploads();
    }

    @Test
    void failedOverwriteKeepsThePreviousObject() throws Exception {
        put("pets/7/photo.jpg", "old photo", "image/jpeg");

        assertThrows(BlobStoreException.class, () -> store.put("pets/7/photo.jpg",
                GeneratedInputStream.failingAfter(1000, 2000, 1), 2000, "image/png"));

        try (Blob blob = store.get("pets/7/photo.jpg").orElseThrow()) {
            assertEquals("image/jpeg", blob.metadata().contentType());
            assertEquals("old photo", new String(blob.content().readAllBytes(), UTF_8));
        }
        assertNoUnfinishedUploads();
    }

    @Test
    void readyWhenUsable() {
        store.checkReady();
    }

    BlobMetadata put(String key, String content, String contentType) {
        return put(key, content, contentType, content.getBytes(UTF_8).length);
    }

    BlobMetadata put(String key, String content, String contentType, long length) {
        return store.put(key, new ByteArrayInputStream(content.getBytes(UTF_8)), length, contentType);
    }

    static List<String> keys(List<BlobSummary> summaries) {
        return summaries.stream().map(BlobSummary::key).toList();
    }
}
