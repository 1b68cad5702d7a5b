package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ScriptedServer;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quick start's own command, twice over the same data directory: what the first run wrote (users, keys,
 * revocations) is still there for the second, a token issued before the restart still verifies, and the reference
 * data loaded again at the second start is not duplicated. The second start compacts the embedded database first
 * ({@code CARTERA_DB_COMPACT_AT_START=always}), under everything the test then reads back.
 */
class RestartIT {

    private final String adminPassword = ItEnvironment.randomSecret();
    private ScriptedServer server;

    @BeforeEach
    void newDataDirectory() throws IOException {
        server = new ScriptedServer("restart");
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        server.close();
    }

    @Test
    void dataKeysAndRevocationsSurviveARestart() throws Exception {
        Path work = server.work();
        Api api = start("never");
        String admin = api.login("admin", adminPassword);
        api.createUser(admin, "keeper", "user", "long-lived-password-1");
        String keeperToken = api.login("keeper", "long-lived-password-1");
        String revoked = api.login("admin", adminPassword);
        assertEquals(204, api.post("/api/auth/logout", null, revoked).status());
        String kid = api.get("/api/auth/jwks.json", null).json().getJsonArray("keys").getJsonObject(0).getString("kid");
        List<Integer> referenceCounts = referenceCounts(api, admin);
        assertEquals(List.of(24, 221, 8), referenceCounts, "provinces and cities of EC, document types");
        server.stop();

        long fileBefore = Files.size(work.resolve("data/db/cartera.mv.db"));
        api = start("always");
        String log = Files.readString(server.log());
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

    /** run.sh's start with the demo customers of a first start, as the quick start has them. */
    private Api start(String compactAtStart) throws IOException, InterruptedException {
        return server.start(Map.of("CARTERA_ADMIN_PASSWORD", adminPassword,
                "CARTERA_DEMO_DATA_FIRST_START_CUSTOMERS", "40", "CARTERA_DB_COMPACT_AT_START", compactAtStart));
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
}
