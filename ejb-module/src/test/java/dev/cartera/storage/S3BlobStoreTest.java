package dev.cartera.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The contract against a real S3 protocol server: s3proxy in this JVM, on loopback, keeping objects in memory. */
class S3BlobStoreTest extends BlobStoreContract {

    /** Low, so that {@link #LARGE} objects go up in three parts. */
    static final int PART_SIZE = S3Settings.MIN_PART_SIZE;

    static final AtomicInteger BUCKETS = new AtomicInteger();

    static S3Proxy s3proxy;
    static URI endpoint;
    static String accessKeyId;
    static String secretAccessKey;
    /** Shared by every test's store: building a client is slow, and the stores do not close it. */
    static S3Client client;

    String bucket;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        accessKeyId = "test-" + UUID.randomUUID();
        secretAccessKey = UUID.randomUUID().toString();
        s3proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKeyId, secretAccessKey)
                .build();
        s3proxy.start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"STARTED".equals(s3proxy.getState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("s3proxy did not start: " + s3proxy.getState());
            }
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + s3proxy.getPort());
        client = settings("unused", false).newClient();
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        if (client != null) {
            client.close();
        }
        if (s3proxy != null) {
            s3proxy.stop();
        }
    }

    static S3Settings settings(String bucket, boolean createBucket) {
        return new S3Settings(bucket, "us-east-1", endpoint, true, accessKeyId, secretAccessKey,
                PART_SIZE, PART_SIZE, createBucket);
    }

    /** A store over a bucket of its own, created through the store's own create-bucket path. */
    @Override
    BlobStore newStore() {
        bucket = "cartera-test-" + BUCKETS.incrementAndGet();
        BlobStore store = new S3BlobStore(client, settings(bucket, true));
        store.checkReady();
        return store;
    }

    @Override
    void assertNoUnfinishedUploads() {
        assertEquals(List.of(), client.listMultipartUploads(b -> b.bucket(bucket)).uploads());
    }

    @Test
    void largeObjectsGoUpInParts() {
        store.put("parts.bin", GeneratedInputStream.of(LARGE, 5), LARGE, null);
        store.put("single.bin", GeneratedInputStream.of(PART_SIZE, 5), PART_SIZE, null);

        // S3 gives a multipart object the ETag "<md5 of the parts' md5s>-<number of parts>".
        assertTrue(eTag("parts.bin").endsWith("-3\""), eTag("parts.bin"));
        assertFalse(eTag("single.bin").contains("-"), eTag("single.bin"));
    }

    @Test
    void missingBucketIsNotReadyUnlessTheStoreMayCreateIt() {
        String missing = "cartera-missing-" + BUCKETS.incrementAndGet();
        BlobStore strict = new S3BlobStore(client, settings(missing, false));

        assertThrows(BlobStoreException.class, strict::checkReady);
        assertThrows(BlobStoreException.class, () -> strict.list(""));
        assertFalse(client.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(missing)));
    }

    @Test
    void wrongCredentialsAreNotReady() {
        S3Settings wrong = new S3Settings(bucket, "us-east-1", endpoint, true, accessKeyId, "not-the-secret",
                PART_SIZE, PART_SIZE, false);
        try (S3BlobStore store = new S3BlobStore(wrong.newClient(), wrong)) {
            assertThrows(BlobStoreException.class, store::checkReady);
        }
    }

    @Test
    void unreachableServerIsNotReady() throws Exception {
        URI nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        S3Settings unreachable = new S3Settings(bucket, "us-east-1", nobodyListens, true, accessKeyId,
                secretAccessKey, PART_SIZE, PART_SIZE, false);
        try (S3BlobStore store = new S3BlobStore(unreachable.newClient(), unreachable)) {
            Instant started = Instant.now();
            assertThrows(BlobStoreException.class, store::checkReady);
            assertTrue(Duration.between(started, Instant.now()).getSeconds() < 10, "the probe must give up quickly");
        }
    }

    private String eTag(String key) {
        return client.headObject(b -> b.bucket(bucket).key(key)).eTag();
    }
}
