package dev.cartera.storage;

import java.time.Instant;
import java.util.Objects;

/** What a {@link BlobStore} knows about one object. */
public record BlobMetadata(String key, long size, String contentType, Instant lastModified) {

    public BlobMetadata {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
