package dev.cartera.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over plain HTTP, for what a browser would never send (a post without the view state, a request
 * with a bearer token) and for role matrices that would take minutes through a browser. No redirects followed and
 * no cookie jar: each request carries exactly the session cookie the test gives it.
 */
final class ConsoleHttp {

    static final String COOKIE = "CARTERA_CONSOLE";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile(COOKIE + "=([^;]+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    ConsoleHttp(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Signs in through the form, as a browser does, and returns the session id. */
    String signIn(String username, String password) {
        HttpResponse<String> page = get("/admin/login", null, Map.of());
        String session = sessionOf(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:username", username);
        form.put("signin:password", password);
        form.put("signin:next", "");
        form.put("signin:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        HttpResponse<String> reply = post("/admin/login", session, form, Map.of());
        if (reply.statusCode() != 302) {
            throw new AssertionError("sign-in of " + username + " answered " + reply.statusCode());
        }
        String renewed = sessionOf(reply);
        return renewed != null ? renewed : session;
    }

    HttpResponse<String> get(String path, String session, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, session, headers);
    }

    HttpResponse<String> post(String path, String session, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, session, headers);
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session, Map<String, String> headers) {
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session);
        }
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
