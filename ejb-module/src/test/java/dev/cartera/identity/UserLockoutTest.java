package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserLockoutTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final User user = new User("ana", "Ana", Role.AGENT, "hash", T0);

    @Test
    void theFifthFailureWithinTheWindowLocksForTheLockDuration() {
        for (int i = 0; i < 4; i++) {
            assertFalse(user.recordFailedLogin(T0.plusSeconds(i * 60L), POLICY));
        }
        assertFalse(user.isLockedAt(T0.plusSeconds(240)));

        assertTrue(user.recordFailedLogin(T0.plusSeconds(300), POLICY), "the fifth failure locks");

        assertTrue(user.isLockedAt(T0.plusSeconds(300)));
        assertTrue(user.isLockedAt(T0.plusSeconds(300).plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(user.isLockedAt(T0.plusSeconds(300).plus(Duration.ofMinutes(15))), "the lock lasts exactly 15 minutes");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertFalse(user.recordFailedLogin(later, POLICY), "a new window starts");
        for (int i = 1; i < 4; i++) {
            assertFalse(user.recordFailedLogin(later.plusSeconds(i), POLICY));
        }
        assertTrue(user.recordFailedLogin(later.plusSeconds(10), POLICY));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        user.recordSuccessfulLogin(T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(1), user.lastLoginAt());
        for (int i = 0; i < 4; i++) {
            assertFalse(user.recordFailedLogin(T0.plusSeconds(2), POLICY));
        }
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        assertTrue(user.isLockedAt(T0));
        user.changePassword("new-hash", T0.plusSeconds(5));
        assertFalse(user.isLockedAt(T0.plusSeconds(5)));
        assertNull(user.lockedUntil());
    }
}
