package dev.cartera.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one S3 bucket (AWS or any S3-compatible store), through the synchronous AWS SDK v2 client.
 *
 * <p>Content is streamed both ways. An upload of known length up to the multipart threshold is one PUT
 * fed straight from the caller's stream; anything larger, or of unknown length, goes up as a multipart
 * upload through one reused buffer of {@code partSize} bytes, so memory stays bounded whatever the size.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /** A readiness probe must answer quickly, even when the network hangs. */
    private static final Duration READY_CHECK_TIMEOUT = Duration.ofSeconds(5);

    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final S3Settings settings;
    private final String bucket;

    /** Takes ownership of {@code s3}: {@link #close()} closes it. */
    public S3BlobStore(S3Client s3, S3Settings settings) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bucket = settings.bucket();
    }

    @Override
    public BlobMetadata put(String key, InputStream content, long length, String contentType) {
        BlobKeys.requireValidKey(key);
        Objects.requireNonNull(content, "content");
        UploadLength.requireValid(length);
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        try {
            if (length != UNKNOWN_LENGTH && length <= settings.multipartThreshold()) {
                InputStream checked = UploadLength.requireComplete(content, length);
                putObject(key, type, RequestBody.fromInputStream(checked, length));
            } else {
                putInParts(key, type, content, length);
            }
        } catch (IOException | SdkException | IllegalStateException e) {
            // IllegalStateException: the SDK retried a failed PUT and could not rewind a one-pass stream
            throw new BlobStoreException("Could not store blob " + key + " in bucket " + bucket, e);
        }
        // S3 answers a PUT without the object's date; one HEAD gives the metadata exactly as later reads see it.
        return metadata(key).orElseThrow(
                () -> new BlobStoreException("Blob " + key + " was stored but is already gone"));
    }

    @Override
    public Optional<Blob> get(String key) {
        BlobKeys.requireValidKey(key);
        try {
            ResponseInputStream<GetObjectResponse> content = s3.getObject(b -> b.bucket(bucket).key(key));
            GetObjectResponse response = content.response();
            return Optional.of(new Blob(
                    metadataOf(key, response.contentLength(), response.contentType(), response.lastModified()),
                    content));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new BlobStoreException("Could not read blob " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public Optional<BlobMetadata> metadata(String key) {
        BlobKeys.requireValidKey(key);
        try {
            HeadObjectResponse response = s3.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(
                    metadataOf(key, response.contentLength(), response.contentType(), response.lastModified()));
        } catch (SdkException e) {
            // A HEAD response has no body, so a missing key may arrive as a bare 404 rather than NoSuchKey.
            if (e instanceof S3Exception s3Error && s3Error.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw new BlobStoreException("Could not read the metadata of blob " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public boolean delete(String key) {
        // S3 deletes succeed whether or not the key exists; ask first to be able to say which it was.
        if (metadata(key).isEmpty()) {
            return false;
        }
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (SdkException e) {
            throw new BlobStoreException("Could not delete blob " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public List<BlobSummary> list(String prefix) {
        BlobKeys.requireValidPrefix(prefix);
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix.isEmpty() ? null : prefix))
                    .contents().stream()
                    .map(object -> new BlobSummary(object.key(), object.size(), object.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw new BlobStoreException("Could not list blobs under " + prefix + " in bucket " + bucket, e);
        }
    }

    @Override
    public void checkReady() {
        try {
            s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(o -> o.apiCallTimeout(READY_CHECK_TIMEOUT)));
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_FOUND) {
                throw new BlobStoreException("Bucket " + bucket + " cannot be used", e);
            }
            if (!settings.createBucket()) {
                throw new BlobStoreException("Bucket " + bucket + " does not exist", e);
            }
            createBucket();
        } catch (SdkException e) {
            throw new BlobStoreException("Bucket " + bucket + " cannot be reached", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3BlobStore[" + settings + "]";
    }

    private void putInParts(String key, String type, InputStream content, long length) throws IOException {
        byte[] buffer = new byte[settings.partSize()];
        // readNBytes, not read: only the last part may be under 5 MiB, so a part is full unless the stream ended.
        int firstPart = content.readNBytes(buffer, 0, PartBuffer.nextPartLength(buffer, length, 0));
        if (length == UNKNOWN_LENGTH && firstPart < buffer.length) {
            // A short stream of unknown length: it is all in the buffer already, one PUT is enough.
            putObject(key, type, RequestBody.fromContentProvider(
                    () -> PartBuffer.streamOf(buffer, firstPart), firstPart, type));
        } else {
            new S3MultipartUpload(s3, bucket, key, type).upload(content, length, buffer, firstPart);
        }
    }

    private void putObject(String key, String type, RequestBody body) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(type), body);
    }

    private void createBucket() {
        try {
            // Outside us-east-1, S3 wants the region repeated in the request body.
            boolean needsLocation = !Region.US_EAST_1.id().equals(settings.region());
            s3.createBucket(b -> {
                b.bucket(bucket);
                if (needsLocation) {
                    b.createBucketConfiguration(c -> c.locationConstraint(settings.region()));
                }
            });
        } catch (BucketAlreadyOwnedByYouException e) {
            // another instance created it a moment ago: exactly what we wanted
        } catch (SdkException e) {
            throw new BlobStoreException("Bucket " + bucket + " is missing and could not be created", e);
        }
    }

    private static BlobMetadata metadataOf(String key, long size, String contentType, Instant lastModified) {
        return new BlobMetadata(key, size, contentType == null ? DEFAULT_CONTENT_TYPE : contentType, lastModified);
    }
}
