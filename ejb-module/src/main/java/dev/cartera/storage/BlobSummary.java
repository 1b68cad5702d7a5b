package dev.cartera.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a {@link BlobStore#list} result. It has no content type because S3 listings do not carry one
 * and fetching it would cost a request per object; ask {@link BlobStore#metadata} when it matters.
 */
public record BlobSummary(String key, long size, Instant lastModified) {

    public BlobSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
