package dev.cartera.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Deployments;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import java.net.URL;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Expiry with a 2-second token lifetime, configured the way an operator would, instead of waiting 15 minutes. */
@SharedServer(TokenExpiryIT.ShortTokens.class)
class TokenExpiryIT {

    /** The real WAR with a 2-second token lifetime: a server of its own, as every other test needs 15 minutes. */
    public static final class ShortTokens implements ServerConfiguration {
        @Override
        public WebArchive archive() {
            return Deployments.carteraWith("cartera.jwt.token-lifetime=PT2S\n");
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
}
