package dev.cartera.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final VerifiedTokens tokens = verifiedTokens(3, NOW);

    @Test
    void aTokenVerifiedBeforeIsFoundWithItsCallerAndGroups() {
        CredentialValidationResult result = verified("ana", NOW.plusSeconds(900));
        tokens.remember("header.payload.signature", result);

        CredentialValidationResult found = tokens.find("header.payload.signature").orElseThrow();
        assertSame(result, found);
        assertEquals(Set.of("admin"), found.getCallerGroups());
    }

    @Test
    void onlyTheExactTokenIsFound() {
        tokens.remember("header.payload.signature", verified("ana", NOW.plusSeconds(900)));

        assertTrue(tokens.find("header.payload.signaturf").isEmpty(), "another signature");
        assertTrue(tokens.find("header.payload.signature ").isEmpty());
        assertTrue(tokens.find("never.seen.token").isEmpty());
    }

    @Test
    void aTokenIsForgottenWhenItExpiresByTheApplicationsClock() {
        tokens.remember("t", verified("ana", NOW.plusSeconds(60)));
        tokens.clock = Clock.fixed(NOW.plusSeconds(59), ZoneOffset.UTC);
        assertTrue(tokens.find("t").isPresent());

        tokens.clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        assertTrue(tokens.find("t").isEmpty(), "expired at exp");
        tokens.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertTrue(tokens.find("t").isEmpty(), "and dropped, not kept for a clock that goes back");
    }

    @Test
    void anExpiredTokenIsNotKept() {
        tokens.remember("t", verified("ana", NOW));
        assertTrue(tokens.find("t").isEmpty());
    }

    @Test
    void theMostRecentlyUsedAreKeptUpToTheCapacity() {
        tokens.remember("a", verified("a", NOW.plusSeconds(900)));
        tokens.remember("b", verified("b", NOW.plusSeconds(900)));
        tokens.remember("c", verified("c", NOW.plusSeconds(900)));
        tokens.find("a"); // used again: b is now the least recently used

        tokens.remember("d", verified("d", NOW.plusSeconds(900)));

        assertTrue(tokens.find("b").isEmpty());
        assertTrue(tokens.find("a").isPresent());
        assertTrue(tokens.find("c").isPresent());
        assertTrue(tokens.find("d").isPresent());
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        VerifiedTokens off = verifiedTokens(0, NOW);
        off.remember("t", verified("ana", NOW.plusSeconds(900)));
        assertTrue(off.find("t").isEmpty());
    }

    @Test
    void aCallerThatIsNotAParsedTokenIsNotKept() {
        tokens.remember("t", new CredentialValidationResult(new CallerPrincipal("ana"), Set.of("admin")));
        assertTrue(tokens.find("t").isEmpty());
    }

    private static VerifiedTokens verifiedTokens(int capacity, Instant now) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.capacity = capacity;
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        return tokens;
    }

    private static CredentialValidationResult verified(String user, Instant expiresAt) {
        return new CredentialValidationResult(new ParsedToken(user, expiresAt.getEpochSecond()), Set.of("admin"));
    }

    /** What MicroProfile JWT's identity store gives as the caller: a principal that is the parsed token. */
    private static final class ParsedToken extends CallerPrincipal implements JsonWebToken {

        private final long expiresAt;

        ParsedToken(String name, long expiresAt) {
            super(name);
            this.expiresAt = expiresAt;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(expiresAt) : null;
        }
    }
}
