package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.SharedServer;
import dev.cartera.web.it.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token rules, against a real Payara Micro running the real WAR. */
@SharedServer
class AuthenticationIT {

    @SharedServer.Url
    URL base;

    private Api api() {
        return new Api(base);
    }

    @Test
    void loginIssuesAnRs256TokenWithTheDocumentedClaims() {
        Api api = api();
        Api.Reply reply = api.post("/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ItEnvironment.adminPassword() + "\"}", null);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals("Bearer", body.getString("token_type"));
        assertEquals(900, body.getInt("expires_in"));
        assertTrue(reply.header("Cache-Control").contains("no-store"));
        String token = body.getString("access_token");

        JsonObject header = Tokens.header(token);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        JsonObject jwks = api.get("/api/auth/jwks.json", null).json();
        assertEquals(header.getString("kid"), jwks.getJsonArray("keys").getJsonObject(0).getString("kid"));

        JsonObject claims = Tokens.claims(token);
        for (String claim : List.of("iss", "sub", "upn", "user_id", "role", "groups", "iat", "exp", "jti")) {
            assertTrue(claims.containsKey(claim), "claim " + claim + " in " + claims);
        }
        assertEquals("admin", claims.getString("upn"));
        assertEquals("admin", claims.getString("role"));
        assertEquals(List.of("admin"), claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(claims.getJsonNumber("iat").longValue() + 900, claims.getJsonNumber("exp").longValue());
        assertEquals(Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()), Instant.parse(body.getString("expires_at")));

        assertEquals(200, api.get("/api/auth/me", token).status());
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        Api api = api();
        Api.Reply wrongPassword = api.post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"not-the-password\"}", null);
        Api.Reply unknownUser = api.post("/api/auth/login", "{\"username\":\"nobody-here\",\"password\":\"whatever-it-is\"}", null);

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals("application/problem+json", wrongPassword.contentType());
        assertEquals(withoutRequestId(wrongPassword.json()), withoutRequestId(unknownUser.json()));
    }

    @Test
    void everyEndpointButLoginAndKeysNeedsAToken() {
        Api api = api();
        Api.Reply anonymous = api.get("/api/users", null);
        assertEquals(401, anonymous.status());
        assertEquals("application/problem+json", anonymous.contentType());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, api.post("/api/auth/renew", null, null).status());
        assertEquals(200, api.get("/api/auth/jwks.json", null).status());
    }

    @Test
    void renewalGivesAFreshTokenOnceAndRevokesThePresentedOne() {
        Api api = api();
        String first = api.loginAsAdmin();

        Api.Reply renewed = api.post("/api/auth/renew", null, first);
        assertEquals(200, renewed.status(), renewed::toString);
        String second = renewed.json().getString("access_token");
        assertNotEquals(Tokens.claims(first).getString("jti"), Tokens.claims(second).getString("jti"));
        assertEquals(900, renewed.json().getInt("expires_in"));

        assertEquals(401, api.post("/api/auth/renew", null, first).status(), "a token renews only once");
        assertEquals(401, api.get("/api/users", first).status(), "the presented token is revoked");
        assertEquals(200, api.get("/api/users", second).status());
    }

    @Test
    void logoutRevokesThePresentedToken() {
        Api api = api();
        String token = api.loginAsAdmin();
        assertEquals(200, api.get("/api/users", token).status());

        assertEquals(204, api.post("/api/auth/logout", null, token).status());

        Api.Reply afterwards = api.get("/api/users", token);
        assertEquals(401, afterwards.status());
        assertTrue(afterwards.json().getString("detail").contains("revoked"), afterwards::toString);
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        Api api = api();
        String genuine = api.loginAsAdmin();
        String jwks = api.get("/api/auth/jwks.json", null).body();
        Date now = new Date();
        Date inTenMinutes = new Date(now.getTime() + 600_000);

        Map<String, String> forgeries = Map.of(
                "alg none", Tokens.unsigned(genuine),
                "tampered payload", Tokens.tampered(operatorToken(api, genuine)),
                "HS256 signed with the public key", Tokens.hs256WithPublicKey(genuine, jwks),
                "wrong issuer", Tokens.signedByServer(ItEnvironment.dataDir(), "https://evil.example", now, inTenMinutes),
                "expired", Tokens.signedByServer(ItEnvironment.dataDir(), Tokens.claims(genuine).getString("iss"),
                        new Date(now.getTime() - 3_600_000), new Date(now.getTime() - 1_800_000)),
                "garbage", "not.a.token");
        forgeries.forEach((name, forged) -> {
            Api.Reply reply = api.get("/api/users", forged);
            assertEquals(401, reply.status(), name + ": " + reply);
            assertEquals("application/problem+json", reply.contentType().replace(";charset=UTF-8", ""), name);
        });
        // the control: the same machinery with the right issuer is accepted
        String control = Tokens.signedByServer(ItEnvironment.dataDir(), Tokens.claims(genuine).getString("iss"), now, inTenMinutes);
        assertEquals(200, api.get("/api/users", control).status());
    }

    @Test
    void aTokenAcceptedBeforeLendsNothingToACopyWithAnotherSignature() {
        Api api = api();
        String genuine = api.loginAsAdmin();
        assertEquals(200, api.get("/api/users", genuine).status());
        assertEquals(200, api.get("/api/users", genuine).status(), "again, from the tokens the server has verified");

        String[] parts = genuine.split("\\.");
        int middle = parts[2].length() / 2;
        char other = parts[2].charAt(middle) == 'A' ? 'B' : 'A';
        String resigned = parts[0] + "." + parts[1] + "." + parts[2].substring(0, middle) + other
                + parts[2].substring(middle + 1);
        Api.Reply reply = api.get("/api/users", resigned);
        assertEquals(401, reply.status(), reply::toString);
        assertEquals(200, api.get("/api/users", genuine).status());
    }

    @Test
    void aRoleThatIsNotAllowedGets403() {
        Api api = api();
        String admin = api.loginAsAdmin();
        String operator = operatorToken(api, admin);

        Api.Reply reply = api.get("/api/users", operator);

        assertEquals(403, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(200, api.get("/api/auth/me", operator).status());
    }

    @Test
    void theJwksPublishesOnlyPublicKeys() {
        JsonObject key = api().get("/api/auth/jwks.json", null).json().getJsonArray("keys").getJsonObject(0);
        assertEquals("RSA", key.getString("kty"));
        assertEquals("RS256", key.getString("alg"));
        assertEquals("sig", key.getString("use"));
        assertFalse(key.containsKey("d"), "no private exponent");
        assertFalse(key.containsKey("p"), "no private prime");
    }

    private static String operatorToken(Api api, String adminToken) {
        String username = "operator-" + System.nanoTime();
        api.createUser(adminToken, username, "operator", "operator-password");
        return api.login(username, "operator-password");
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private static JsonObject withoutRequestId(JsonObject problem) {
        return Json.createObjectBuilder(problem).remove("requestId").build();
    }

    @Test
    void aUserChangesTheirOwnPasswordByGivingTheCurrentOneAndEveryEarlierTokenIsRefused() {
        Api api = api();
        String username = "own-password-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String first = "Primera-" + java.util.UUID.randomUUID();
        api.createUser(api.loginAsAdmin(), username, "agent", first);
        String token = api.login(username, first);

        Api.Reply wrongCurrent = api.post("/api/auth/password", change("not-the-password", "Otra-clave-larga-2026"), token);
        assertEquals(401, wrongCurrent.status(), wrongCurrent::toString);
        Api.Reply weak = api.post("/api/auth/password", change(first, "corta"), token);
        assertEquals(400, weak.status(), weak::toString);
        assertEquals(java.util.Set.of("newPassword"), weak.errorFields());
        Api.Reply withName = api.post("/api/auth/password", change(first, "clave-de-" + username), token);
        assertEquals(400, withName.status(), withName::toString);

        String second = "Segunda-" + java.util.UUID.randomUUID();
        assertEquals(204, api.post("/api/auth/password", change(first, second), token).status());
        assertEquals(401, api.get("/api/auth/me", token).status(), "the token from before the change is refused");
        assertEquals(401, api.post("/api/auth/login", credentials(username, first), null).status());
        assertEquals(200, api.get("/api/auth/me", api.login(username, second)).status());
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}
