package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The login throttling against the real server. The shared server trusts loopback as a reverse proxy, so each test
 * plays several clients by the X-Forwarded-For it sends; each uses fresh users and addresses of its own (never
 * admin's, never loopback's), so no other test class is slowed.
 */
@SharedServer
class LoginThrottlingIT {

    /** The most wrong passwords before the client must wait: 5 free, then one that sets the first wait. */
    private static final int ATTEMPTS_BEFORE_A_WAIT = 6;

    @SharedServer.Url
    URL base;

    @Test
    void theGuessingClientIsStoppedWhileTheOwnerSignsInFromAnother() {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String username = "guessed-" + System.nanoTime();
        long id = api.createUser(admin, username, "agent", "right-password-1");
        String attacker = newClient();
        String owner = newClient();

        Api.Reply throttled = guessUntilThrottled(api, username, attacker);
        assertEquals("application/problem+json", throttled.contentType());
        assertEquals(429, throttled.json().getInt("status"));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
        guessUntilTheWaitIsAtLeast(api, username, attacker, throttled, 8);

        assertEquals(429, login(api, username, "right-password-1", attacker).status(),
                "even the right password is not checked for the waiting client");
        assertEquals(200, login(api, username, "right-password-1", owner).status(), "the owner gets in from elsewhere");

        assertNotNull(api.get("/api/users/" + id, admin).json().getString("loginThrottledUntil", null),
                "the admin sees the wait");
        assertEquals(204, api.delete("/api/users/" + id + "/login-throttling", admin).status());
        assertNull(api.get("/api/users/" + id, admin).json().getString("loginThrottledUntil", null));
        assertEquals(200, login(api, username, "right-password-1", attacker).status(), "an admin lifted the wait");
    }

    @Test
    void anUnknownUsernameIsThrottledAlikeSoTheWaitTellsNothing() {
        Api api = new Api(base);
        Api.Reply throttled = guessUntilThrottled(api, "nobody-" + System.nanoTime(), newClient());
        assertEquals(429, throttled.status());
    }

    @Test
    void anAdminsNewPasswordLiftsTheWaits() {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String username = "reset-" + System.nanoTime();
        long id = api.createUser(admin, username, "agent", "right-password-1");
        String client = newClient();
        guessUntilThrottled(api, username, client);

        assertEquals(204, api.put("/api/users/" + id + "/password", "{\"password\":\"another-password-2\"}", admin,
                Map.of()).status());
        assertEquals(200, login(api, username, "another-password-2", client).status());
    }

    @Test
    void theConsoleSignInSaysHowLongToWait() throws Exception {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String username = "console-" + System.nanoTime();
        api.createUser(admin, username, "agent", "right-password-1");
        String client = newClient();
        guessUntilTheWaitIsAtLeast(api, username, client, guessUntilThrottled(api, username, client), 8);

        String page = consoleSignIn(username, "right-password-1", client);
        assertTrue(page.contains("Demasiados intentos fallidos desde este equipo. Espere"), page);
    }

    /** Wrong passwords from the client until it gets a 429; fails if none comes soon enough. */
    private static Api.Reply guessUntilThrottled(Api api, String username, String client) {
        // a slow machine may let a short wait pass between two guesses: allow a few more, each doubling the wait
        for (int attempt = 1; attempt <= ATTEMPTS_BEFORE_A_WAIT + 4; attempt++) {
            Api.Reply reply = login(api, username, "wrong-password-" + attempt, client);
            if (reply.status() == 429) {
                assertTrue(attempt > ATTEMPTS_BEFORE_A_WAIT, "five failures are free, got a 429 at " + attempt);
                return reply;
            }
            assertEquals(401, reply.status(), reply::toString);
        }
        throw new AssertionError("no 429 for " + username + " from " + client);
    }

    /**
     * The first waits are short (1 s, 2 s...): a patient attacker's, waiting each one out and guessing again, until
     * the next is long enough for the test's later steps to run within it.
     */
    private static void guessUntilTheWaitIsAtLeast(Api api, String username, String client, Api.Reply throttled,
                                                   long seconds) {
        Api.Reply reply = throttled;
        while (Long.parseLong(reply.header("Retry-After")) < seconds) {
            sleepSeconds(Long.parseLong(reply.header("Retry-After")));
            assertEquals(401, login(api, username, "patient-guess", client).status(), "checked once the wait is over");
            reply = login(api, username, "impatient-guess", client);
            assertEquals(429, reply.status(), reply::toString);
        }
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds).plusMillis(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply login(Api api, String username, String password, String client) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        return api.send(api.request("/api/auth/login", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A chain as a proxy forwards it: whatever the client wrote (not believed), then the address the proxy saw, a
     * random one of the IPv6 documentation block that no other test uses.
     */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0.113.9, 2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(random.nextInt(1, 0x10000));
    }

    /** Posts the console's sign-in form as a browser behind the same proxy would; the page it answers with. */
    private String consoleSignIn(String username, String password, String client) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = base.toURI().resolve("admin/login");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(login).header("X-Forwarded-For", client).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(viewState.find(), "a view state");
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Map<String, String> fields = Map.of("signin", "signin", "signin:username", username,
                "signin:password", password, "signin:next", "", "signin:submit", "",
                "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), "the form again, with the message: " + reply.body());
        return reply.body();
    }
}
