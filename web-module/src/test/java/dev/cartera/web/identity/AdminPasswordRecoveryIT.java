package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ScriptedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator who lost the admin password (and locked the account trying) starts the server once with a reset
 * file: the new password works, the lockout is gone, tokens issued before are refused, and the log says what
 * happened without the password.
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
        api = server.start(Map.of("CARTERA_ADMIN_RESET_PASSWORD_FILE", secret.toString()));

        String newToken = api.login("admin", recovered);
        assertEquals(200, api.get("/api/auth/me", newToken).status());
        assertEquals(401, api.get("/api/auth/me", oldToken).status(), "a token from before the reset is refused");
        Api.Reply old = api.post("/api/auth/login", loginJson(forgotten), null);
        assertTrue(old.status() == 401 || old.status() == 429, "the old password is gone: " + old);
        String log = Files.readString(server.log(), StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("Admin password recovery: the password of 'admin' was reset"), "logged as a warning");
        assertFalse(log.contains(recovered), "the password itself is never logged");
    }

    private static String loginJson(String password) {
        return "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
    }
}
