package dev.cartera.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The throttling of failed logins, in place of a lockout that anyone knowing a username could set off. Every failed
 * password (an unknown username counts as one, so a wait never tells whether an account exists) adds to three
 * counters, each with its own {@link ThrottleRule}: the account and client pair, the client, and the account. A
 * client must wait as long as the longest wait among them, except that the account's wait does not apply to a
 * client that signed in to that account within {@code knownClientFor}: the owner's usual computer is not slowed by
 * an attack spread over many addresses. A wait is answered without checking the password.
 */
public record LoginThrottlePolicy(ThrottleRule accountClient, ThrottleRule client, ThrottleRule account,
                                  Duration knownClientFor) {

    public LoginThrottlePolicy {
        if (knownClientFor == null || knownClientFor.isNegative()) {
            throw new IllegalArgumentException("knownClientFor must not be negative");
        }
    }

    public ThrottleRule ruleFor(ThrottleScope scope) {
        return switch (scope) {
            case ACCOUNT_CLIENT -> accountClient;
            case CLIENT -> client;
            case ACCOUNT -> account;
        };
    }

    /** How long the client must wait before its next password for the account is checked; zero: check it now. */
    public Duration waitBefore(Optional<LoginThrottle> accountClientCounter, Optional<LoginThrottle> clientCounter,
                               Optional<LoginThrottle> accountCounter, Instant now) {
        Duration wait = longest(waitOf(accountClientCounter, now), waitOf(clientCounter, now));
        boolean knownClient = accountClientCounter.map(counter -> counter.signedInWithin(knownClientFor, now)).orElse(false);
        return knownClient ? wait : longest(wait, waitOf(accountCounter, now));
    }

    private static Duration waitOf(Optional<LoginThrottle> counter, Instant now) {
        return counter.map(c -> c.waitAt(now)).orElse(Duration.ZERO);
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
