package dev.cartera.benchmarks;

import dev.cartera.storage.S3Settings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A real S3 protocol server in this JVM on 127.0.0.1, keeping objects as files under a directory. Files,
 * not s3proxy's in-memory store: a 256 MiB object held on the heap would be the server's memory, not the
 * client's, and would make the heap figures meaningless. It checks AWS V4 signatures as S3 does.
 */
final class LoopbackS3Server implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 30_000;

    private final S3Proxy s3proxy;
    private final String accessKeyId = "bench-" + UUID.randomUUID();
    private final String secretAccessKey = UUID.randomUUID().toString();

    private LoopbackS3Server(Path root) throws Exception {
        Files.createDirectories(root);
        s3proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(root.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKeyId, secretAccessKey)
                .build();
        s3proxy.start();
        awaitStarted();
    }

    static LoopbackS3Server start(Path root) throws Exception {
        return new LoopbackS3Server(root);
    }

    /** Settings for {@code bucket} on this server, which the store creates when it first checks readiness. */
    S3Settings settings(String bucket, long multipartThreshold, int partSize) {
        URI endpoint = URI.create("http://127.0.0.1:" + s3proxy.getPort());
        return new S3Settings(bucket, "us-east-1", endpoint, true, accessKeyId, secretAccessKey,
                multipartThreshold, partSize, true);
    }

    @Override
    public void close() throws Exception {
        s3proxy.stop();
    }

    private void awaitStarted() throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!"STARTED".equals(s3proxy.getState())) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("s3proxy did not start within 30 s: " + s3proxy.getState());
            }
            Thread.sleep(10);
        }
    }
}
