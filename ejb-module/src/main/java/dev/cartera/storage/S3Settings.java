package dev.cartera.storage;

import java.net.URI;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where and how {@link S3BlobStore} talks to S3, from the {@code cartera.storage.s3.*} keys.
 *
 * @param endpoint        {@code null} for AWS itself; set it for MinIO, s3proxy or any other S3-compatible store
 * @param pathStyle       {@code http://host/bucket/key} instead of {@code http://bucket.host/key}, which most
 *                        S3-compatible stores need
 * @param accessKeyId     with {@code secretAccessKey}, fixed credentials; both {@code null} for the default
 *                        AWS chain (environment, profile, container or instance role)
 * @param createBucket    create the bucket when it is missing (a fresh s3proxy in docker compose), instead of
 *                        reporting the store as not ready
 */
public record S3Settings(String bucket, String region, URI endpoint, boolean pathStyle,
                         String accessKeyId, String secretAccessKey,
                         long multipartThreshold, int partSize, boolean createBucket) {

    /** S3 refuses smaller parts, except the last one. */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    /** S3 refuses a single PUT above 5 GiB. */
    public static final long MAX_SINGLE_PUT_SIZE = 5L * 1024 * 1024 * 1024;

    private static final String PREFIX = "cartera.storage.s3.";

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "bucket must name a bucket");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "region must name a region, such as us-east-1");
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException(PREFIX + "access-key-id and " + PREFIX
                    + "secret-access-key go together: set both, or neither to use the default AWS credentials");
        }
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException(PREFIX + "part-size must be at least " + MIN_PART_SIZE
                    + " bytes (the S3 minimum), not " + partSize);
        }
        if (multipartThreshold < 0 || multipartThreshold > MAX_SINGLE_PUT_SIZE) {
            throw new IllegalArgumentException(PREFIX + "multipart-threshold must be between 0 and "
                    + MAX_SINGLE_PUT_SIZE + " bytes, not " + multipartThreshold);
        }
    }

    /** The keys without a default in microprofile-config.properties are the optional ones. */
    public static S3Settings from(Config config) {
        return new S3Settings(
                config.getValue(PREFIX + "bucket", String.class),
                config.getValue(PREFIX + "region", String.class),
                config.getOptionalValue(PREFIX + "endpoint", URI.class).orElse(null),
                config.getValue(PREFIX + "path-style", Boolean.class),
                config.getOptionalValue(PREFIX + "access-key-id", String.class).orElse(null),
                config.getOptionalValue(PREFIX + "secret-access-key", String.class).orElse(null),
                config.getValue(PREFIX + "multipart-threshold", Long.class),
                config.getValue(PREFIX + "part-size", Integer.class),
                config.getValue(PREFIX + "create-bucket", Boolean.class));
    }

    /** A new synchronous client; its owner closes it. */
    public S3Client newClient() {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        return accessKeyId == null
                ? DefaultCredentialsProvider.create()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    /** Never prints the secret: settings end up in log lines. */
    @Override
    public String toString() {
        return "S3Settings[bucket=" + bucket + ", region=" + region
                + ", endpoint=" + Objects.requireNonNullElse(endpoint, "(AWS)") + ", pathStyle=" + pathStyle
                + ", credentials=" + (accessKeyId == null ? "default chain" : "access key " + accessKeyId)
                + ", multipartThreshold=" + multipartThreshold + ", partSize=" + partSize
                + ", createBucket=" + createBucket + "]";
    }
}
