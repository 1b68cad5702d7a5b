package dev.cartera.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement past {@code cartera.db.statement-timeout} (2 s on this server) is cancelled: the caller gets a 503
 * problem with {@code Retry-After}, and the server, its pool and its database go on answering.
 */
@SharedServer(HardeningIT.TightLimits.class)
class StatementTimeoutIT {

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
    void aStatementPastTheTimeoutIsA503AndTheServerStaysHealthy() {
        for (String language : List.of("es", "en", "es")) {
            Api.Reply reply = slowStatementCancelled(api.inLanguage(language));

            assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
            assertEquals("30", reply.header("Retry-After"), reply::toString);
            assertTrue(reply.json().getString("detail").startsWith(language.equals("es")
                    ? "La base de datos tardó demasiado" : "The database took too long"), reply::toString);
        }
        assertEquals(200, api.get("/health/ready", null).status());
        assertEquals("admin", api.get("/api/auth/me", admin).json().getString("username"));
        assertEquals(200, api.get("/api/customers?size=5", admin).status());
    }

    /**
     * The dump reads whole tables through JDBC under the pool's own statement timeout (300 s), which H2 keeps on the
     * pooled connection afterwards: the next JPA statement there still gets the request's.
     */
    @Test
    void afterTheDumpTheRequestsTimeoutStillHolds() {
        for (int round = 0; round < 3; round++) {
            assertEquals(200, api.get("/api/dump.sql", admin).status());
            slowStatementCancelled(api);
        }
    }

    /** The slow statement's answer: a 503, well before the hours the statement would take. */
    private Api.Reply slowStatementCancelled(Api client) {
        long started = System.nanoTime();
        Api.Reply reply = client.get("/api/test-fixtures/slow-statement", admin);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, reply.status(), reply::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, () -> "cancelled after " + took);
        return reply;
    }
}
