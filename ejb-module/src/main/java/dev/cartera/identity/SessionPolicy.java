package dev.cartera.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long tokens live, and how long a chain of renewals may go on after the password was given: renewal alone
 * must not keep a stolen token alive for ever.
 *
 * @param tokenLifetime how long each token is valid
 * @param maxSession    how long after the login the last token of the chain may still be valid
 */
public record SessionPolicy(Duration tokenLifetime, Duration maxSession) {

    /** A token issued now expires after its lifetime, and never after the session's end. */
    public Instant expiresAt(Instant issuedAt, Instant authenticatedAt) {
        Instant lifetimeEnd = issuedAt.plus(tokenLifetime);
        Instant sessionEnd = authenticatedAt.plus(maxSession);
        return lifetimeEnd.isBefore(sessionEnd) ? lifetimeEnd : sessionEnd;
    }

    public boolean allowsRenewalAt(Instant now, Instant authenticatedAt) {
        return now.isBefore(authenticatedAt.plus(maxSession));
    }
}
