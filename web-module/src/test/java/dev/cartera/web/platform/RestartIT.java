package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quick start's own command, twice over the same data directory: what the first run wrote (users, keys,
 * revocations) is still there for the second, a token issued before the restart still verifies, and the reference
 * data loaded again at the second start is not duplicated. The second start compacts the embedded database first
 * ({@code CARTERA_DB_COMPACT_AT_START=always}), under everything the test then reads back.
 */
class RestartIT {

    private final Path repo = Path.of(System.getProperty("cartera.repo.dir")).toAbsolutePath().normalize();
    private final Path work = Path.of(System.getProperty("cartera.it.dir")).toAbsolutePath().resolve("restart");
    private final String adminPassword = ItEnvironment.randomSecret();
    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        stop();
    }

    @Test
    void dataKeysAndRevocationsSurviveARestart() throws Exception {
        ItEnvironment.deleteRecursively(work);
        int port = freePort();

        Api api = start(port, 1, "never");
        String admin = api.login("admin", adminPassword);
        api.createUser(admin, "keeper", "user", "long-lived-password-1");
        String keeperToken = api.login("keeper", "long-lived-password-1");
        String revoked = api.login("admin", adminPassword);
        assertEquals(204, api.post("/api/auth/logout", null, revoked).status());
        String kid = api.get("/api/auth/jwks.json", null).json().getJsonArray("keys").getJsonObject(0).getString("kid");
        List<Integer> referenceCounts = referenceCounts(api, admin);
        assertEquals(List.of(24, 221, 8), referenceCounts, "provinces and cities of EC, document types");
        stop();

        long fileBefore = Files.size(work.resolve("data/db/cartera.mv.db"));
        api = start(port, 2, "always");
        String log = Files.readString(work.resolve("run-2.log"));
        assertTrue(log.contains("Embedded database compacted"), "the second start compacted the database first");
        assertFalse(log.contains("RAR7115"), "closing the connection H2 shut down logs no SEVERE");
        assertTrue(Files.size(work.resolve("data/db/cartera.mv.db")) < fileBefore, "and the file shrank");
        Api.Reply me = api.get("/api/auth/me", keeperToken);
        assertEquals(200, me.status(), "a token issued before the restart still verifies: " + me);
        assertEquals("keeper", me.json().getString("username"));
        assertEquals(401, api.get("/api/auth/me", revoked).status(), "a revocation survives the restart");
        assertEquals(kid, api.get("/api/auth/jwks.json", null).json().getJsonArray("keys").getJsonObject(0).getString("kid"));
        api.login("keeper", "long-lived-password-1");
        assertEquals(referenceCounts, referenceCounts(api, keeperToken), "loaded again at the second start, not duplicated");

        Path data = work.resolve("data");
        for (String written : new String[] {"keys/signing-key.pem", "keys/jwks.json", "db/cartera.mv.db", "db/password"}) {
            assertTrue(Files.exists(data.resolve(written)), written + " is under CARTERA_DATA_DIR");
        }
    }

    private Api start(int port, int run, String compactAtStart) throws IOException, InterruptedException {
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("run.sh").toString())
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("run-" + run + ".log").toFile());
        builder.environment().put("CARTERA_HTTP_PORT", String.valueOf(port));
        builder.environment().put("CARTERA_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CARTERA_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("CARTERA_SKIP_BUILD", "true");
        builder.environment().put("CARTERA_DB_COMPACT_AT_START", compactAtStart);
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + work);
        server = builder.start();
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        awaitReady(base, run);
        return new Api(base);
    }

    private static List<Integer> referenceCounts(Api api, String token) {
        return Stream.of("/api/reference/provinces?country=EC", "/api/reference/cities?country=EC", "/api/reference/document-types")
                .map(path -> api.get(path, token))
                .map(reply -> {
                    assertEquals(200, reply.status(), reply::toString);
                    return ((JsonArray) reply.structure()).size();
                })
                .toList();
    }

    private void awaitReady(URL base, int run) throws InterruptedException {
        // HTTP/1.1 and a connect timeout: the default client's h2c upgrade attempt can hang on a server that is starting
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("run.sh exited with " + server.exitValue() + "; see " + work.resolve("run-" + run + ".log"));
            }
            try {
                HttpResponse<Void> response = client.sendAsync(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .get(10, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready; see " + work.resolve("run-" + run + ".log"));
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(90, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        server = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
