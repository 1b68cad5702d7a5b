package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/users through HTTP: CRUD, validation, conflicts, paging, and the password that never comes back. */
@SharedServer
class UserAdministrationIT {

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
    void createReadUpdateDelete() {
        String username = "ana-" + System.nanoTime();
        Api.Reply created = api.post("/api/users", "{\"username\":\"" + username.toUpperCase()
                + "\",\"displayName\":\"Ana Pérez\",\"role\":\"agent\",\"password\":\"ana-password-1\"}", admin);
        assertEquals(201, created.status(), created::toString);
        JsonObject user = created.json();
        assertEquals(username, user.getString("username"), "usernames are stored in lower case");
        assertEquals("Ana Pérez", user.getString("displayName"));
        assertEquals("agent", user.getString("role"));
        assertNoPassword(user);
        long id = user.getJsonNumber("id").longValue();
        assertEquals(api.uri("/api/users/" + id).toString(), created.header("Location"));

        Api.Reply read = api.get("/api/users/" + id, admin);
        assertEquals(200, read.status());
        assertNoPassword(read.json());
        String etag = read.header("ETag");

        Api.Reply updated = api.put("/api/users/" + id, "{\"displayName\":\"Ana P.\",\"role\":\"operator\"}", admin,
                Map.of("If-Match", etag));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("operator", updated.json().getString("role"));
        assertEquals("operator", api.get("/api/auth/me", api.login(username, "ana-password-1")).json().getString("role"));

        Api.Reply stale = api.put("/api/users/" + id, "{\"displayName\":\"Ana\",\"role\":\"user\"}", admin,
                Map.of("If-Match", etag));
        assertEquals(412, stale.status(), "an update based on an old version fails its If-Match precondition");

        assertEquals(204, api.delete("/api/users/" + id, admin).status());
        assertEquals(404, api.get("/api/users/" + id, admin).status());
        assertEquals(401, api.post("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"ana-password-1\"}", null).status());
    }

    @Test
    void everyTokenAUserHoldsDiesWithANewPasswordRoleOrDeletionButNotWithSomeoneElsesGuesses() {
        String username = "held-" + System.nanoTime();
        long id = api.createUser(admin, username, "agent", "first-password-1");

        String beforeReset = api.login(username, "first-password-1");
        String alsoBeforeReset = api.login(username, "first-password-1");
        assertEquals(204, api.put("/api/users/" + id + "/password", "{\"password\":\"second-password-2\"}", admin,
                Map.of()).status());
        assertRefused(beforeReset, "after an admin set a new password");
        assertRefused(alsoBeforeReset, "after an admin set a new password");

        String beforeRoleChange = api.login(username, "second-password-2");
        String user = "{\"displayName\":\"Held\",\"role\":\"%s\"}";
        assertEquals(200, api.put("/api/users/" + id, user.formatted("agent"), admin, Map.of()).status());
        assertEquals(200, api.get("/api/auth/me", beforeRoleChange).status(), "a new display name changes nothing");
        assertEquals(200, api.put("/api/users/" + id, user.formatted("user"), admin, Map.of()).status());
        assertRefused(beforeRoleChange, "after a role change");

        String beforeGuesses = api.login(username, "second-password-2");
        String guesser = "2001:db8:5eed::" + Long.toHexString(System.nanoTime() & 0xffff);
        for (int attempt = 1; attempt <= 7; attempt++) {
            String wrong = "{\"username\":\"" + username + "\",\"password\":\"wrong-" + attempt + "\"}";
            api.send(api.request("/api/auth/login", null).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", guesser).POST(HttpRequest.BodyPublishers.ofString(wrong)));
        }
        assertEquals(200, api.get("/api/auth/me", beforeGuesses).status(),
                "failed logins slow the guessing client; they end none of the owner's tokens");

        assertEquals(204, api.put("/api/users/" + id + "/password", "{\"password\":\"third-password-3\"}", admin,
                Map.of()).status());
        String beforeDeletion = api.login(username, "third-password-3");
        assertEquals(204, api.delete("/api/users/" + id, admin).status());
        assertRefused(beforeDeletion, "after the user was deleted");
    }

    private void assertRefused(String token, String when) {
        Api.Reply me = api.get("/api/auth/me", token);
        assertEquals(401, me.status(), () -> "a token still works " + when + ": " + me);
        assertTrue(me.header("WWW-Authenticate").startsWith("Bearer"), me::toString);
        assertEquals(401, api.post("/api/auth/renew", null, token).status(), "a token still renews " + when);
    }

    @Test
    void invalidInputIsA400ThatNamesEachField() {
        Api.Reply reply = api.post("/api/users", "{\"username\":\"x\",\"displayName\":\"\",\"role\":\"boss\",\"password\":\"short\"}", admin);

        assertEquals(400, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        var fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
        assertEquals(java.util.List.of("displayName", "password", "role", "username"), fields);
    }

    @Test
    void aDuplicateUsernameIsAConflict() {
        String username = "dup-" + System.nanoTime();
        api.createUser(admin, username, "user", "dup-password-1");
        Api.Reply again = api.post("/api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Again\",\"role\":\"user\",\"password\":\"dup-password-1\"}", admin);
        assertEquals(409, again.status());
        assertTrue(again.json().getString("detail").contains(username));
    }

    @Test
    void theLastAdminCannotBeDeletedOrDemoted() {
        long adminId = api.get("/api/auth/me", admin).json().getJsonNumber("userId").longValue();
        JsonObject page = api.get("/api/users?size=500", admin).json();
        long admins = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("role").equals("admin")).count();
        if (admins == 1) {
            assertEquals(409, api.delete("/api/users/" + adminId, admin).status());
            assertEquals(409, api.put("/api/users/" + adminId, "{\"displayName\":\"Administrator\",\"role\":\"user\"}",
                    admin, Map.of()).status());
        }
        assertEquals(200, api.get("/api/users/" + adminId, admin).status());
    }

    @Test
    void listsArePagedWithTotalsAndLinks() {
        for (int i = 0; i < 3; i++) {
            api.createUser(admin, "page-" + i + "-" + System.nanoTime(), "user", "page-password");
        }
        Api.Reply first = api.get("/api/users?page=0&size=2&sort=username,desc", admin);
        assertEquals(200, first.status(), first::toString);
        JsonObject body = first.json();
        long total = body.getJsonNumber("totalItems").longValue();
        assertTrue(total >= 4);
        assertEquals(2, body.getJsonArray("items").size());
        assertEquals((total + 1) / 2, body.getInt("totalPages"));
        assertEquals(String.valueOf(total), first.header("X-Total-Count"));
        String links = String.join(",", first.response().headers().allValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("rel=\"last\"") && links.contains("rel=\"first\""), links);
        assertFalse(links.contains("rel=\"prev\""), links);
        var names = body.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).toList();
        assertTrue(names.get(0).compareTo(names.get(1)) > 0, "sorted descending: " + names);

        Api.Reply badSort = api.get("/api/users?sort=password,asc", admin);
        assertEquals(400, badSort.status());
        assertEquals("sort", badSort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("/api/users?page=-1", admin).status());
        assertEquals(500, api.get("/api/users?size=100000", admin).json().getInt("size"), "size is capped at 500");
    }

    @Test
    void unknownUsersAre404() {
        Api.Reply reply = api.get("/api/users/987654321", admin);
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    private static void assertNoPassword(JsonObject user) {
        for (String key : user.keySet()) {
            assertFalse(key.toLowerCase().contains("password"), "a password field in " + user);
        }
        assertFalse(user.values().stream().map(JsonValue::toString).anyMatch(v -> v.contains("PBKDF2")), "a hash in " + user);
    }
}
