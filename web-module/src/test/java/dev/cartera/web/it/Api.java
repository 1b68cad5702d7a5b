package dev.cartera.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A small HTTP client for the tests: JSON in, status, headers and JSON out. It asks for English answers
 * ({@code Accept-Language: en}), which the tests' assertions on texts are written in; {@link #inLanguage} gives one
 * that asks for another language, or for none (the server's default, Spanish).
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String language;

    public Api(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), "en");
    }

    private Api(URI base, String language) {
        this.base = base;
        this.language = language;
    }

    /** @param language an Accept-Language value, or null to send none */
    public Api inLanguage(String language) {
        return new Api(base, language);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply post(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** A {@code multipart/form-data} POST: text fields, then one file part. */
    public Reply multipart(String path, String token, Map<String, String> fields, String fileName, String fileType,
                           byte[] file) {
        String boundary = "----cartera" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes. */
    public byte[] bytes(String path, String token) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path, token).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Logs in and returns the access token, failing the test when the login does not succeed. */
    public String login(String username, String password) {
        Reply reply = post("/api/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString(), null);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json().getString("access_token");
    }

    public String loginAsAdmin() {
        return login("admin", ItEnvironment.adminPassword());
    }

    /** Creates a user through the admin API and returns its id. */
    public long createUser(String adminToken, String username, String role, String password) {
        Reply reply = post("/api/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + username).add("role", role).add("password", password).build().toString(),
                adminToken);
        if (reply.status() != 201) {
            throw new AssertionError("creating " + username + " failed: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Creates a user with the role, a unique name and a random password, and returns their token. */
    public String newUserToken(String adminToken, String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Secret-" + UUID.randomUUID();
        createUser(adminToken, username, role, password);
        return login(username, password);
    }

    public record Reply(HttpResponse<String> response) {

        /** The ids of a list's items, after checking it answered 200. */
        public List<Long> ids() {
            if (status() != 200) {
                throw new AssertionError("expected a list: " + this);
            }
            return json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getJsonNumber("id").longValue()).toList();
        }

        /** The fields a problem+json names in its {@code errors}. */
        public Set<String> errorFields() {
            return Set.copyOf(json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).toList());
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body())).read();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
