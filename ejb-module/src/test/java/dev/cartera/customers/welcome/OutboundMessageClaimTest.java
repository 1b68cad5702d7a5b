package dev.cartera.customers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules that make a message sent at most once per claim, retried with back-off, and given up in the end. */
class OutboundMessageClaimTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(3);
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    private static OutboundMessage pending() {
        return new OutboundMessage(7, MessageChannel.EMAIL, "rosa@example.com", "Hola", "Cuerpo", T0);
    }

    @Test
    void aPendingMessageIsClaimedOnceAndSentOnce() {
        OutboundMessage message = pending();
        assertTrue(message.claim(T0, LEASE));
        assertEquals(MessageStatus.SENDING, message.status());
        assertEquals(1, message.attempts());
        assertFalse(message.claim(T0.plusSeconds(10), LEASE), "a second dispatcher finds it taken");
        assertTrue(message.markSent(T0.plusSeconds(1)));
        assertFalse(message.markSent(T0.plusSeconds(2)), "recorded once");
        assertFalse(message.claim(T0.plus(Duration.ofHours(1)), LEASE), "a sent message is never claimed again");
        assertEquals(MessageStatus.SENT, message.status());
    }

    @Test
    void aMessageWithoutRecipientIsNeverClaimed() {
        OutboundMessage message = new OutboundMessage(7, MessageChannel.EMAIL, null, "Hola", "Cuerpo", T0);
        assertEquals(MessageStatus.NO_RECIPIENT, message.status());
        assertFalse(message.claim(T0, LEASE));
    }

    @Test
    void aTemporaryFailureWaitsForItsBackOffThenIsClaimedAgain() {
        OutboundMessage message = pending();
        message.claim(T0, LEASE);
        assertTrue(message.recordFailure(T0, "421 try later", false, policy));
        assertEquals(MessageStatus.PENDING, message.status());
        assertEquals(T0.plus(Duration.ofMinutes(1)), message.nextAttemptAt());
        assertEquals("421 try later", message.failure());
        assertFalse(message.claim(T0.plusSeconds(59), LEASE), "not due before its back-off");
        assertTrue(message.claim(T0.plusSeconds(60), LEASE));
        assertEquals(2, message.attempts());
        message.recordFailure(T0.plusSeconds(60), "421 try later", false, policy);
        assertEquals(T0.plusSeconds(60).plus(Duration.ofMinutes(2)), message.nextAttemptAt(), "doubled");
    }

    @Test
    void afterTheLastAttemptItIsGivenUp() {
        OutboundMessage message = pending();
        Instant now = T0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertTrue(message.claim(now, LEASE), "attempt " + attempt);
            message.recordFailure(now, "connection refused", false, policy);
            now = now.plus(Duration.ofHours(1));
        }
        assertEquals(MessageStatus.FAILED, message.status());
        assertEquals("gave up after 3 attempts: connection refused", message.failure());
        assertNull(message.nextAttemptAt());
        assertFalse(message.claim(now, LEASE));
    }

    @Test
    void aPermanentRefusalIsNotRetried() {
        OutboundMessage message = pending();
        message.claim(T0, LEASE);
        message.recordFailure(T0, "550 5.1.1 no such mailbox", true, policy);
        assertEquals(MessageStatus.FAILED, message.status());
        assertEquals("550 5.1.1 no such mailbox", message.failure());
        assertFalse(message.claim(T0.plus(Duration.ofDays(1)), LEASE));
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOverAndCountsAsAnAttempt() {
        OutboundMessage message = pending();
        message.claim(T0, LEASE);
        assertFalse(message.claim(T0.plus(LEASE), LEASE), "the lease still holds at its last instant");
        assertTrue(message.claim(T0.plus(LEASE).plusMillis(1), LEASE), "the sender died: taken over");
        assertEquals(2, message.attempts());
    }

    @Test
    void aReleasedClaimIsPendingAgainWithoutCountingAnAttempt() {
        OutboundMessage message = pending();
        message.claim(T0, LEASE);
        assertTrue(message.release());
        assertEquals(MessageStatus.PENDING, message.status());
        assertEquals(0, message.attempts());
        assertFalse(message.release(), "released once");
        assertTrue(message.claim(T0.plusSeconds(1), LEASE), "due at once, not at the end of the lease");
        assertEquals(1, message.attempts());
        message.markSent(T0.plusSeconds(2));
        assertFalse(message.release(), "a sent message stays sent");
        assertEquals(MessageStatus.SENT, message.status());
    }

    @Test
    void anOutcomeIsOnlyRecordedForAClaimedMessage() {
        OutboundMessage message = pending();
        assertFalse(message.markSent(T0));
        assertFalse(message.recordFailure(T0, "x", true, policy));
        assertEquals(MessageStatus.PENDING, message.status());
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        OutboundMessage message = pending();
        message.claim(T0, LEASE);
        message.recordFailure(T0, "x".repeat(2000), true, policy);
        assertEquals(OutboundMessage.FAILURE_MAX, message.failure().length());
    }
}
