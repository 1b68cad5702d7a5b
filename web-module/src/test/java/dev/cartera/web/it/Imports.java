package dev.cartera.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CSV imports API as the integration tests of every dataset drive it: upload, wait, read the report. */
public final class Imports {

    private final Api api;
    private final String token;

    public Imports(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** A file of docs/samples, as an operator would upload it. */
    public static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("cartera.repo.dir"), "docs/samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public Api.Reply upload(String dataset, String mode, String fileName, byte[] content) {
        return api.multipart("/api/imports", token, Map.of("dataset", dataset, "mode", mode), fileName, "text/csv", content);
    }

    /** Uploads and waits for the job to end. */
    public JsonObject run(String dataset, String mode, String fileName, byte[] content) {
        return finished(upload(dataset, mode, fileName, content));
    }

    /** Waits (three minutes at most) for an accepted job to end, and returns it. */
    public JsonObject finished(Api.Reply accepted) {
        assertEquals(202, accepted.status(), accepted::toString);
        String id = accepted.json().getString("id");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject job = api.get("/api/imports/" + id, token).json();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + id + " did not finish within 3 minutes");
    }

    public static void assertCounts(JsonObject job, long read, long created, long updated, long unchanged, long rejected) {
        JsonObject counts = job.getJsonObject("counts");
        assertEquals(List.of(read, created, updated, unchanged, rejected), List.of(
                counts.getJsonNumber("read").longValue(), counts.getJsonNumber("created").longValue(),
                counts.getJsonNumber("updated").longValue(), counts.getJsonNumber("unchanged").longValue(),
                counts.getJsonNumber("rejected").longValue()), job::toString);
    }

    /** Row → "column CODE" of every issue of the job (one per row expected). */
    public Map<Long, String> issues(String id) {
        Api.Reply reply = api.get("/api/imports/" + id + "/issues?size=100", token);
        assertEquals(200, reply.status(), reply::toString);
        Map<Long, String> found = new TreeMap<>();
        reply.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(issue -> {
            String previous = found.put(issue.getJsonNumber("row").longValue(),
                    issue.getString("column", "null") + " " + issue.getString("code"));
            assertEquals(null, previous, () -> "one issue per row expected: " + reply);
        });
        return found;
    }
}
