package dev.cartera.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens this server has verified lately, so that a caller's next requests with the same token skip MicroProfile
 * JWT's parsing and RSA signature check: about a seventh of the server's CPU for a found lookup and more for
 * {@code GET /api/auth/me} (docs/benchmarks.md section 13). API gateways do the same (Envoy's {@code jwt_cache_config}).
 * <p>
 * Keyed by the whole compact token, signature included, so only the exact string verified before is found. An entry
 * ends at the token's expiry by the application's clock, and the most recently used
 * {@code cartera.jwt.verified-tokens} are kept (0 turns the cache off). Nothing else is kept: revocation, the user's
 * credentials and the session's end are asked on every request ({@link TokenGuard}). Each server keeps its own.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** In access order; past the capacity, the least recently used goes as the next one comes in. */
    private final Map<String, Verified> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > capacity;
        }
    };

    @Inject
    @ConfigProperty(name = "cartera.jwt.verified-tokens", defaultValue = "1000")
    int capacity;

    @Inject
    Clock clock;

    /** What MicroProfile JWT's identity store answered for the token, while the token has not expired. */
    public Optional<CredentialValidationResult> find(String token) {
        long now = clock.instant().getEpochSecond();
        synchronized (this) {
            Verified verified = recent.get(token);
            if (verified == null) {
                return Optional.empty();
            }
            if (verified.expiresAt() <= now) {
                recent.remove(token);
                return Optional.empty();
            }
            return Optional.of(verified.result());
        }
    }

    /** Keeps a token MicroProfile JWT has just accepted: {@code result} is its caller (the parsed token) and groups. */
    public void remember(String token, CredentialValidationResult result) {
        if (capacity <= 0 || !(result.getCallerPrincipal() instanceof JsonWebToken parsed)) {
            return;
        }
        long expiresAt = parsed.getExpirationTime();
        if (expiresAt <= clock.instant().getEpochSecond()) {
            return;
        }
        synchronized (this) {
            recent.put(token, new Verified(result, expiresAt));
        }
    }

    private record Verified(CredentialValidationResult result, long expiresAt) {
    }
}
