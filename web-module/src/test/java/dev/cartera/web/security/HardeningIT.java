package dev.cartera.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Deployments;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wiring of the security hardening, through HTTP against the real WAR: no request that can pin the server,
 * logins that cannot stall it, the headers every response carries. The rules themselves are unit-tested.
 */
@SharedServer(HardeningIT.TightLimits.class)
class HardeningIT {

    private static final int MAX_UPLOAD_BYTES = 100_000;

    /**
     * The real WAR with limits small enough to reach from a test, and a statement to outlast its statement timeout
     * ({@link StatementTimeoutIT}): a server of its own.
     */
    public static final class TightLimits implements ServerConfiguration {
        @Override
        public WebArchive archive() {
            return Deployments.carteraWith("cartera.imports.max-bytes=" + MAX_UPLOAD_BYTES + "\n"
                    + "cartera.exports.max-concurrent=1\n"
                    + "cartera.auth.max-concurrent-hashes=1\ncartera.auth.hash-wait=PT0S\n"
                    + "cartera.db.statement-timeout=PT2S\n")
                    .addClasses(SlowStatementResource.class);
        }
    }

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
    void listRequestsThatOnlyCostAreRefusedBeforeTheDatabase() {
        assertBadParameter(api.get("/api/loans?principal.equals=1e16000000", admin), "principal.equals");
        assertBadParameter(api.get("/api/loans?principal.greaterThan=" + "9".repeat(200), admin), "principal.greaterThan");
        String statuses = String.join(",", Collections.nCopies(101, "ACTIVE"));
        assertBadParameter(api.get("/api/loans?status.in=" + statuses, admin), "status.in");
        assertEquals(200, api.get("/api/loans?status.in=" + String.join(",", Collections.nCopies(100, "ACTIVE")), admin).status());
        assertBadParameter(api.get("/api/customers?page=2147483647&size=500", admin), "page");
        assertBadParameter(api.get("/api/loans?page=9000000&size=500", admin), "page");
    }

    @Test
    void theUploadLimitHoldsHoweverThePathIsSpelled() throws IOException {
        for (String path : List.of("/api/imports", "/api/imports;x=1", "/api/imports/;x=1")) {
            assertEquals(413, statusBeforeTheBodyIsSent(path), path);
        }
    }

    @Test
    void aFileNameLongerThanTheFileSystemTakesIsShortened() {
        String name = "ñandú-".repeat(60) + ".csv";
        Api.Reply accepted = new Imports(api, admin).upload("customers", "dry-run", name,
                "Cédula,Nombres\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted::toString);
        assertTrue(accepted.json().getString("fileName").endsWith(".csv"), accepted::toString);
    }

    @Test
    void aFloodOfLoginsGets429WhileAuthenticatedRequestsKeepAnswering() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(24);
        try {
            List<CompletableFuture<Api.Reply>> logins = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> logins.add(CompletableFuture.supplyAsync(() -> api.post("/api/auth/login",
                    "{\"username\":\"nobody-" + i + "\",\"password\":\"wrong-password\"}", null), clients)));
            List<Integer> meanwhile = new ArrayList<>();
            while (logins.stream().anyMatch(login -> !login.isDone())) {
                meanwhile.add(api.get("/api/auth/me", admin).status());
            }
            int refusedForLoad = 0;
            for (CompletableFuture<Api.Reply> login : logins) {
                Api.Reply reply = login.get();
                assertTrue(reply.status() == 401 || reply.status() == 429, reply::toString);
                if (reply.status() == 429) {
                    refusedForLoad++;
                    assertNotNull(reply.header("Retry-After"), reply::toString);
                    assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
                }
            }
            assertTrue(refusedForLoad > 0, "one password check at a time: 40 logins at once cannot all be checked");
            assertTrue(meanwhile.stream().allMatch(status -> status == 200), meanwhile::toString);
        } finally {
            clients.shutdownNow();
        }
        assertNotNull(api.loginAsAdmin(), "after the flood, logins work again");
    }

    @Test
    void heavyDownloadsBeyondTheLimitGet429AndTheirPermitsComeBack() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Api.Reply>> dumps = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> api.get("/api/dump.sql?dialect=h2", admin), clients)).toList();
            for (CompletableFuture<Api.Reply> dump : dumps) {
                Api.Reply reply = dump.get();
                assertTrue(reply.status() == 200 || reply.status() == 429, () -> reply.status() + " " + reply.header("Content-Type"));
                if (reply.status() == 429) {
                    assertNotNull(reply.header("Retry-After"));
                }
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(200, api.get("/api/customers/export?format=csv", admin).status(), "every permit was given back");
        assertEquals(200, api.get("/api/dump.sql?dialect=h2", admin).status(), "every permit was given back");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api.Reply me = api.get("/api/auth/me", admin);
        assertEquals("nosniff", me.header("X-Content-Type-Options"));
        assertEquals("no-store", me.header("Cache-Control"));
        Api.Reply list = api.get("/api/customers?size=1", admin);
        assertEquals("no-store", list.header("Cache-Control"), "personal data is never cached");
        assertTrue(api.get("/api/auth/jwks.json", null).header("Cache-Control").contains("max-age"),
                "the public keys stay cacheable");
        Api.Reply refused = api.get("/api/customers", "not-a-token");
        assertEquals(401, refused.status());
        assertEquals("nosniff", refused.header("X-Content-Type-Options"));

        for (String page : List.of("/", "/api-docs/")) {
            Api.Reply html = api.get(page, null);
            assertEquals(200, html.status(), page);
            assertEquals("nosniff", html.header("X-Content-Type-Options"), page);
            assertTrue(html.header("Content-Security-Policy").contains("frame-ancestors 'none'"), page);
        }

        assertNull(list.header("Strict-Transport-Security"), "never over plain HTTP");
        Api.Reply behindTls = api.send(api.request("/api/customers?size=1", admin).header("X-Forwarded-Proto", "https").GET());
        assertTrue(behindTls.header("Strict-Transport-Security").startsWith("max-age="), behindTls::toString);
    }

    private static void assertBadParameter(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.errorFields().contains(field), reply::toString);
    }

    /**
     * Announces a body ten times the limit, sends its first bytes and waits: the answer must come before the
     * rest is sent, as it does when the limit is checked from Content-Length before the body is read.
     */
    private int statusBeforeTheBodyIsSent(String path) throws IOException {
        URI uri = api.uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: Bearer " + admin + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: " + (10L * MAX_UPLOAD_BYTES) + "\r\nConnection: close\r\n\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\ncustomers\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
