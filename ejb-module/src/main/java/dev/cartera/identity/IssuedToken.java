package dev.cartera.identity;

import java.time.Instant;

/** A signed access token and the facts a client needs about it. */
public record IssuedToken(String accessToken, String jti, Instant issuedAt, Instant expiresAt) {

    public long expiresInSeconds() {
        return expiresAt.getEpochSecond() - issuedAt.getEpochSecond();
    }
}
