package dev.cartera.identity;

import java.time.Instant;

/**
 * What the services need to know of a verified bearer token.
 *
 * @param credentialsVersion the user's {@link User#credentialsVersion()} when the token was issued
 * @param authenticatedAt    when the user last gave a password: the start of the chain of renewals
 */
public record PresentedToken(String jti, long userId, Instant expiresAt, long credentialsVersion,
                             Instant authenticatedAt) {
}
