package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.imports.ImportJob;
import dev.cartera.imports.ImportJobs;
import dev.cartera.imports.ImportMode;
import dev.cartera.imports.ImportRecovery;
import dev.cartera.imports.ImportService;
import dev.cartera.imports.JobStatus;
import dev.cartera.imports.Upload;
import dev.cartera.imports.ValidationCode;
import dev.cartera.web.it.Deployments;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, where it can leave a job RUNNING as a server stop would and run the startup recovery
 * itself: the job ends FAILED with a message, and the same file uploaded again finishes the rest idempotently.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRecoveryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.carteraWith("cartera.imports.chunk-size=5\n").addClass(ImportRecoveryIT.class);
    }

    @Inject
    ImportService imports;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRecovery recovery;

    @Test
    void aJobLeftRunningIsFailedAtStartAndTheSameFileAgainFinishesTheRest() throws Exception {
        Random random = new Random(5);
        Set<String> unique = new LinkedHashSet<>();
        while (unique.size() < 40) {
            unique.add(RandomDocumentNumbers.randomCedula("09", random));
        }
        List<String> documents = List.copyOf(unique);
        byte[] whole = file(documents, 40);

        // what the interrupted run committed before the stop: its first four chunks (20 rows)
        ImportJob committed = finished(imports.upload("customers", "apply", "socios.csv", "text/csv",
                new ByteArrayInputStream(file(documents, 20)), "admin"));
        assertEquals(JobStatus.SUCCEEDED, committed.status(), committed::message);
        assertEquals(20, committed.created());

        // the interrupted run itself: started, then the server stopped under it
        String id = UUID.randomUUID().toString();
        jobs.add(new ImportJob(id, "customers", ImportMode.APPLY, "socios.csv",
                new Upload(whole.length, sha256(whole), "text/csv"), "imports/interrupted/" + id + "/socios.csv", null,
                List.of(ValidationCode.values()), "admin", Instant.now()));
        assertTrue(jobs.start(id, "UTF-8", ","));
        assertEquals(JobStatus.RUNNING, jobs.get(id).status());

        recovery.failInterrupted();

        ImportJob failed = jobs.get(id);
        assertEquals(JobStatus.FAILED, failed.status());
        assertTrue(failed.message().startsWith("Interrupted by a server stop"), failed.message());
        assertTrue(failed.message().contains("upload the same file again"), failed.message());
        assertNotNull(failed.finishedAt());

        ImportJob rerun = finished(imports.upload("customers", "apply", "socios.csv", "text/csv",
                new ByteArrayInputStream(whole), "admin"));
        assertEquals(JobStatus.SUCCEEDED, rerun.status(), rerun::message);
        assertEquals(List.of(40L, 20L, 0L, 20L, 0L), counts(rerun), "the rest created, the committed part unchanged");
        assertEquals(id, rerun.repeatOf(), "the interrupted job had this file first");

        ImportJob again = finished(imports.upload("customers", "apply", "socios.csv", "text/csv",
                new ByteArrayInputStream(whole), "admin"));
        assertEquals(List.of(40L, 0L, 0L, 40L, 0L), counts(again));
    }

    private static byte[] file(List<String> documents, int rows) {
        return ("Cédula,Nombres,Apellidos,Correo\r\n" + IntStream.range(0, rows).mapToObj(i -> documents.get(i)
                + ",Rosa,Cedeño,rosa" + i + "@example.com\r\n").collect(Collectors.joining()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<Long> counts(ImportJob job) {
        return List.of(job.read(), job.created(), job.updated(), job.unchanged(), job.rejected());
    }

    private ImportJob finished(ImportJob started) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ImportJob job = jobs.get(started.id());
            if (job.status().isFinal()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + started.id() + " did not finish within 2 minutes");
    }
}
