package dev.cartera.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where the application keeps files (archived imports, pet pictures, dumps): a flat space of keys
 * such as {@code imports/2025/07/customers.csv}, with "/" as the only separator.
 *
 * <p>Content always travels as a stream, so an object of any size is never held whole in memory.
 * Keys follow {@link BlobKeys}: a bad key is an {@link IllegalArgumentException}; a store that
 * cannot do its job throws {@link BlobStoreException}.
 */
public interface BlobStore {

    /** The {@code length} to pass to {@link #put} when the size of the content is not known in advance. */
    long UNKNOWN_LENGTH = -1;

    /** What {@link #put} stores when the caller gives no content type. */
    String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    /**
     * Stores {@code content} under {@code key}, replacing any object already there. Readers see either the
     * old object or the complete new one, never a part of it; a put that fails leaves nothing behind.
     *
     * @param content     read, but not closed
     * @param length      the exact number of bytes to store, or {@link #UNKNOWN_LENGTH} to read the stream
     *                    to its end. With a known length, a stream that ends early fails the put and
     *                    bytes beyond {@code length} are not read.
     * @param contentType a media type, or {@code null} for {@value #DEFAULT_CONTENT_TYPE}
     */
    BlobMetadata put(String key, InputStream content, long length, String contentType);

    /** The object under {@code key}, its content still to be read; the caller must close it. */
    Optional<Blob> get(String key);

    Optional<BlobMetadata> metadata(String key);

    /** @return whether there was an object to delete */
    boolean delete(String key);

    /**
     * Every object whose key starts with {@code prefix} ({@code ""} for all), in key order, at any depth:
     * {@code list("pets/")} includes {@code pets/7/photo.jpg}.
     */
    List<BlobSummary> list(String prefix);

    /** Returns quietly when the store can be used right now; throws {@link BlobStoreException} otherwise. */
    void checkReady();
}
