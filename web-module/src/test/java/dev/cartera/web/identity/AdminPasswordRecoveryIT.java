package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ScriptedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator who lost the admin password (and locked the account trying) starts the server once with a reset
 * file: the new password works, the lockout is gone, tokens issued before are refused, and the log says what
 * happened without the password. The second start also writes its log as JSON lines (CARTERA_LOG_FORMAT=json):
 * a line a service writes while serving a request is one JSON object with that request's id and user.
 */
class AdminPasswordRecoveryIT {

    private ScriptedServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aResetFileAtStartGivesTheAdminBackAndEndsItsOldTokens() throws Exception {
        server = new ScriptedServer("admin-recovery");
        String forgotten = ItEnvironment.randomSecret();
        Api api = server.start(Map.of("CARTERA_ADMIN_PASSWORD", forgotten));
        String oldToken = api.login("admin", forgotten);
        assertEquals(200, api.get("/api/auth/me", oldToken).status());
        for (int i = 0; i < 6; i++) {
            api.post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"guess-" + i + "-wrong\"}", null);
        }
        Api.Reply locked = api.post("/api/auth/login", loginJson(forgotten), null);
        assertTrue(locked.status() == 401 || locked.status() == 429, "locked out now: " + locked);
        server.stop();

        String recovered = "Recuperada-" + ItEnvironment.randomSecret();
        Path secret = Files.writeString(server.work().resolve("reset-password"), recovered + "\n", StandardCharsets.UTF_8);
        api = server.start(Map.of("CARTERA_ADMIN_RESET_PASSWORD_FILE", secret.toString(), "CARTERA_LOG_FORMAT", "json"));

        String newToken = api.login("admin", recovered);
        assertEquals(200, api.get("/api/auth/me", newToken).status());
        assertEquals(401, api.get("/api/auth/me", oldToken).status(), "a token from before the reset is refused");
        String requestId = "recovery-" + ItEnvironment.randomSecret();
        Api.Reply old = api.send(api.request("/api/auth/login", null).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(loginJson(forgotten))));
        assertTrue(old.status() == 401 || old.status() == 429, "the old password is gone: " + old);
        String log = Files.readString(server.log(), StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("Admin password recovery: the password of 'admin' was reset"), "logged as a warning");
        assertFalse(log.contains(recovered), "the password itself is never logged");

        JsonObject refusal = awaitJsonLine(server.log(), requestId);
        assertEquals("-", refusal.getString("user"), refusal.toString());
        assertTrue(refusal.getString("LoggerName").startsWith("dev.cartera.identity."), refusal.toString());
        assertTrue(refusal.getString("LogMessage").contains("'admin'"), refusal.toString());
        assertTrue(refusal.containsKey("Timestamp") && refusal.containsKey("Level") && refusal.containsKey("ThreadName"),
                refusal.toString());
    }

    /** The JSON line of a service (not the access line) written for the request. */
    private static JsonObject awaitJsonLine(Path log, String requestId) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("{") && line.contains(requestId)) {
                    JsonObject object = Json.createReader(new StringReader(line)).readObject();
                    if (requestId.equals(object.getString("requestId", null))
                            && !"dev.cartera.requests".equals(object.getString("LoggerName", ""))) {
                        return object;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no JSON line of a service with requestId " + requestId + " in " + log);
    }

    private static String loginJson(String password) {
        return "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
    }
}
