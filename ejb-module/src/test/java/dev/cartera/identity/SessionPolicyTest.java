package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(12));
    private static final Instant LOGIN = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aTokenLivesItsLifetimeWhileTheSessionLasts() {
        assertEquals(LOGIN.plus(Duration.ofMinutes(15)), POLICY.expiresAt(LOGIN, LOGIN));
        Instant renewal = LOGIN.plus(Duration.ofHours(6));
        assertEquals(renewal.plus(Duration.ofMinutes(15)), POLICY.expiresAt(renewal, LOGIN));
    }

    @Test
    void theLastRenewalExpiresWithTheSessionAndNoneFollowsIt() {
        Instant lateRenewal = LOGIN.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(5));
        assertTrue(POLICY.allowsRenewalAt(lateRenewal, LOGIN));
        assertEquals(LOGIN.plus(Duration.ofHours(12)), POLICY.expiresAt(lateRenewal, LOGIN));
        assertFalse(POLICY.allowsRenewalAt(LOGIN.plus(Duration.ofHours(12)), LOGIN));
    }
}
