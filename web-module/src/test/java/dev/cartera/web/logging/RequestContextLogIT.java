package dev.cartera.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A line a service logs while serving a request (not only the access line) carries the request's id, the one the
 * caller sent in X-Request-Id, and its user, read back from the server's own log.
 */
@SharedServer
class RequestContextLogIT {

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;

    @BeforeEach
    void logIn() {
        api = new Api(base);
        admin = api.loginAsAdmin();
    }

    @Test
    void aServiceLineCarriesTheRequestIdAndTheUser() throws Exception {
        String requestId = "log-it-" + UUID.randomUUID();
        String username = "logged" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.send(api.request("/api/users", admin).header(RequestIds.HEADER, requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username)
                        .add("displayName", "Logged").add("role", "user").add("password", "long-enough-password-1")
                        .build().toString())));
        assertEquals(201, created.status(), created::toString);
        assertEquals(requestId, created.header(RequestIds.HEADER));

        String line = awaitLine("Created user '" + username + "'");
        assertTrue(line.contains("[requestId=" + requestId + " user=admin]"), line);
    }

    @Test
    void aFailedLoginLineCarriesTheRequestIdOfTheAnonymousRequest() throws Exception {
        String requestId = "log-it-" + UUID.randomUUID();
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply refused = api.send(api.request("/api/auth/login", null).header(RequestIds.HEADER, requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", nobody)
                        .add("password", "whatever-it-is-1").build().toString())));
        assertEquals(401, refused.status(), refused::toString);

        String line = awaitLine("'" + nobody + "'");
        assertTrue(line.contains("[requestId=" + requestId + " user=-]"), line);
    }

    /** The server's console output, which the shared server writes to a file (see PayaraMicroTurn). */
    private static Path serverLog() {
        return ItEnvironment.dataDir().getParent().resolve("servers")
                .resolve(ServerConfiguration.RealWar.class.getName()).resolve("server.log");
    }

    private static String awaitLine(String containing) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<String> lines = Files.readAllLines(serverLog(), StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> line.contains(containing)).toList();
            if (!lines.isEmpty()) {
                return lines.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no line with " + containing + " in " + serverLog());
    }
}
