package dev.cartera.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    BlobStore newStore() {
        return new FileSystemBlobStore(root);
    }

    @Override
    void assertNoUnfinishedUploads() throws IOException {
        try (Stream<Path> staged = Files.list(root.resolve("staging"))) {
            assertEquals(List.of(), staged.toList());
        }
    }

    @Test
    void objectsArePlainFilesUnderTheRoot() throws IOException {
        put("pets/7/photo.jpg", "pixels", "image/jpeg");

        assertEquals("pixels", Files.readString(root.resolve("objects/pets/7/photo.jpg")));
    }

    @Test
    void fileCopiedInByHandIsAnOctetStream() throws IOException {
        Files.createDirectories(root.resolve("objects/legacy"));
        Files.writeString(root.resolve("objects/legacy/old.csv"), "a;b");

        BlobMetadata metadata = store.metadata("legacy/old.csv").orElseThrow();

        assertEquals(3, metadata.size());
        assertEquals("application/octet-stream", metadata.contentType());
        assertEquals(List.of("legacy/old.csv"), keys(store.list("")));
    }

    @Test
    void aFolderIsNotAnObject() {
        put("pets/7/photo.jpg", "pixels", "image/jpeg");

        assertTrue(store.get("pets/7").isEmpty());
        assertTrue(store.metadata("pets").isEmpty());
        assertFalse(store.delete("pets/7"));
        assertTrue(store.metadata("pets/7/photo.jpg").isPresent());
    }

    @Test
    void aKeyCannotBeBothAnObjectAndAFolder() throws IOException {
        put("pets/7", "an object", "text/plain");

        // S3 would allow it; a directory tree cannot, and says so rather than losing data.
        assertThrows(BlobStoreException.class, () -> put("pets/7/photo.jpg", "pixels", "image/jpeg"));
        try (Blob blob = store.get("pets/7").orElseThrow()) {
            assertEquals("an object", new String(blob.content().readAllBytes(), UTF_8));
        }
        assertNoUnfinishedUploads();
    }

    @Test
    void deletingTheLastObjectOfAFolderFreesItsName() throws IOException {
        put("pets/7/photo.jpg", "pixels", "image/jpeg");
        store.delete("pets/7/photo.jpg");

        put("pets/7", "now an object", "text/plain");
        assertTrue(store.delete("pets/7"));
        try (Stream<Path> left = Files.list(root.resolve("objects"))) {
            assertEquals(List.of(), left.toList());
        }
        try (Stream<Path> left = Files.list(root.resolve("metadata"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void notReadyWhenTheDirectoryIsGone() throws IOException {
        Files.delete(root.resolve("staging"));

        assertThrows(BlobStoreException.class, store::checkReady);
    }

    @Test
    void rootThatCannotBeADirectoryFailsAtOnce() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "x");

        assertThrows(BlobStoreException.class, () -> new FileSystemBlobStore(file));
    }
}
