package dev.cartera.identity;

import java.time.Instant;

/** What the services need to know of a verified bearer token. */
public record PresentedToken(String jti, long userId, Instant expiresAt) {
}
