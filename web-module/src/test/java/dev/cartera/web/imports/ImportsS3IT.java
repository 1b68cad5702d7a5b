package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.storage.S3Settings;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Deployments;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The server configured for S3, against s3proxy running in this JVM on loopback (objects in memory): the upload
 * is archived in the bucket under {@code imports/yyyy/MM/<job id>/<file name>}, processed from there, and served
 * back byte for byte.
 */
@SharedServer(ImportsS3IT.S3Storage.class)
class ImportsS3IT {

    private static final String BUCKET = "cartera-imports-it";
    private static final String ACCESS_KEY_ID = "it-" + UUID.randomUUID();
    private static final String SECRET_ACCESS_KEY = UUID.randomUUID().toString();

    /** Started when the shared server's WAR is built, before anything else of this class runs. */
    private static S3Proxy s3proxy;

    /** The real WAR storing its blobs on the S3 protocol server this class runs in the test JVM. */
    public static final class S3Storage implements ServerConfiguration {
        @Override
        public WebArchive archive() throws Exception {
            URI endpoint = startS3Proxy();
            return Deployments.carteraWith(String.join("\n",
                    "cartera.storage=s3",
                    "cartera.storage.s3.endpoint=" + endpoint,
                    "cartera.storage.s3.path-style=true",
                    "cartera.storage.s3.bucket=" + BUCKET,
                    "cartera.storage.s3.region=us-east-1",
                    "cartera.storage.s3.access-key-id=" + ACCESS_KEY_ID,
                    "cartera.storage.s3.secret-access-key=" + SECRET_ACCESS_KEY,
                    "cartera.storage.s3.create-bucket=true", ""));
        }
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        if (s3proxy != null) {
            s3proxy.stop();
        }
    }

    private static synchronized URI startS3Proxy() throws Exception {
        if (s3proxy == null) {
            s3proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY_ID, SECRET_ACCESS_KEY)
                    .build();
            s3proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(s3proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("s3proxy did not start: " + s3proxy.getState());
                }
                Thread.sleep(10);
            }
        }
        return URI.create("http://127.0.0.1:" + s3proxy.getPort());
    }

    @SharedServer.Url
    URL base;

    @Test
    void theUploadIsArchivedInTheBucketUnderItsKeyAndDownloadedByteForByte() throws Exception {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String cedula = RandomDocumentNumbers.randomCedula("17", new Random(3));
        byte[] content = ("Cédula;Nombres;Apellidos\r\n" + cedula + ";Lucía;Cedeño\r\n").getBytes(StandardCharsets.UTF_8);
        String month = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC).format(Instant.now());

        Api.Reply accepted = api.multipart("/api/imports", admin, Map.of("dataset", "customers", "mode", "apply"),
                "socios-s3.csv", "text/csv", content);
        assertEquals(202, accepted.status(), accepted::toString);
        String id = accepted.json().getString("id");
        String key = accepted.json().getString("storageKey");
        assertEquals("imports/" + month + "/" + id + "/socios-s3.csv", key);

        JsonObject job = api.get("/api/imports/" + id, admin).json();
        for (int i = 0; i < 600 && List.of("QUEUED", "RUNNING").contains(job.getString("status")); i++) {
            Thread.sleep(100);
            job = api.get("/api/imports/" + id, admin).json();
        }
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        assertEquals(1, job.getJsonObject("counts").getInt("read"), job::toString);

        try (S3Client s3 = new S3Settings(BUCKET, "us-east-1", URI.create("http://127.0.0.1:" + s3proxy.getPort()),
                true, ACCESS_KEY_ID, SECRET_ACCESS_KEY, S3Settings.MIN_PART_SIZE, S3Settings.MIN_PART_SIZE, false)
                .newClient()) {
            assertArrayEquals(content, s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(key)).asByteArray(),
                    "the object in the bucket is the upload");
        }
        assertArrayEquals(content, api.bytes("/api/imports/" + id + "/file", admin), "the download, byte for byte");
    }
}
