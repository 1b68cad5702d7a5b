package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Deployments;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import dev.cartera.web.it.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Expiry with a 2-second token lifetime and a 6-second session, configured the way an operator would, instead of
 * waiting 15 minutes and 12 hours.
 */
@SharedServer(TokenExpiryIT.ShortTokens.class)
class TokenExpiryIT {

    /** The real WAR with 2-second tokens and 6-second sessions: a server of its own; every other test needs the defaults. */
    public static final class ShortTokens implements ServerConfiguration {
        @Override
        public WebArchive archive() {
            return Deployments.carteraWith("cartera.jwt.token-lifetime=PT2S\ncartera.jwt.max-session=PT6S\n");
        }
    }

    @SharedServer.Url
    URL base;

    @Test
    void aTokenRenewsBeforeItExpiresAndNeitherWorksNorRenewsAfter() throws InterruptedException {
        Api api = new Api(base);
        String first = api.loginAsAdmin();

        Api.Reply renewed = api.post("/api/auth/renew", null, first);
        assertEquals(200, renewed.status(), renewed::toString);
        assertEquals(2, renewed.json().getInt("expires_in"));
        String second = renewed.json().getString("access_token");
        assertEquals(200, api.get("/api/auth/me", second).status());

        Thread.sleep(3_100);

        Api.Reply expired = api.get("/api/auth/me", second);
        assertEquals(401, expired.status(), expired::toString);
        assertTrue(expired.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, api.post("/api/auth/renew", null, second).status(), "an expired token cannot renew");
    }

    @Test
    void renewalsKeepTheLoginTimeAndEndWithTheSession() throws InterruptedException {
        Api api = new Api(base);
        String first = api.loginAsAdmin();
        long authTime = Tokens.claims(first).getJsonNumber("auth_time").longValue();
        assertTrue(authTime <= Tokens.claims(first).getJsonNumber("iat").longValue());

        // renew twice a second, until less than a token lifetime (2 s) is left of the session (6 s). A token's exp is
        // whole seconds after an iat cut to the second, so one issued late in a second lasts a little over 1 s: after
        // 800 ms a slow renewal (CI, 2 cores) could arrive once it had expired
        String token = first;
        JsonObject claims;
        long renewedAt;
        do {
            Thread.sleep(500);
            renewedAt = System.currentTimeMillis();
            Api.Reply renewed = api.post("/api/auth/renew", null, token);
            assertEquals(200, renewed.status(), renewed::toString);
            token = renewed.json().getString("access_token");
            claims = Tokens.claims(token);
            assertEquals(authTime, claims.getJsonNumber("auth_time").longValue(), "a renewal is not a new login");
            assertTrue(claims.getJsonNumber("exp").longValue() <= authTime + 6, claims::toString);
        } while (renewedAt < (authTime + 4) * 1000 + 200);
        assertEquals(authTime + 6, claims.getJsonNumber("exp").longValue(),
                "the last renewed token ends with the session, not a full lifetime later: " + claims);
    }
}
