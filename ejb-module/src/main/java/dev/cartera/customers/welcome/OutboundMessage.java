package dev.cartera.customers.welcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A message to a customer, written in the same transaction as the change that causes it (the outbox pattern),
 * so it exists exactly when that change committed; it is sent after the commit and marked.
 * <p>
 * Sending is at most once per claim: a dispatcher first {@linkplain #claim claims} the message in a short
 * transaction of its own (the version makes a second dispatcher's claim fail), sends it, then records the outcome.
 * A claim whose lease ends without an outcome (the sender died) may be taken over; that send carries the same
 * Message-ID, so the receiving side can recognise the duplicate.
 */
@Entity
@Table(name = "outbound_message", indexes = {
        @Index(name = "ix_outbound_message_customer", columnList = "customer_id"),
        @Index(name = "ix_outbound_message_status", columnList = "status, created_at")})
@NamedQuery(name = "OutboundMessage.ofCustomer",
        query = "SELECT m FROM OutboundMessage m WHERE m.customerId = :customerId ORDER BY m.createdAt, m.id")
@NamedQuery(name = "OutboundMessage.withIds", query = "SELECT m FROM OutboundMessage m WHERE m.id IN :ids")
@NamedQuery(name = "OutboundMessage.due",
        query = "SELECT m.id FROM OutboundMessage m WHERE (m.status = dev.cartera.customers.welcome.MessageStatus.PENDING"
                + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now))"
                + " OR (m.status = dev.cartera.customers.welcome.MessageStatus.SENDING AND m.leaseUntil < :now) ORDER BY m.id")
public class OutboundMessage {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int FAILURE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MessageChannel channel;

    @Column(length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, updatable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MessageStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    /** Null: as soon as possible. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    /** The last failure's reason; kept after a later success as a record of the trouble. */
    @Column(length = FAILURE_MAX)
    private String failure;

    @Version
    private long version;

    protected OutboundMessage() {
        // for JPA
    }

    public OutboundMessage(long customerId, MessageChannel channel, String recipient, String subject, String body, Instant now) {
        this.customerId = customerId;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.status = recipient == null ? MessageStatus.NO_RECIPIENT : MessageStatus.PENDING;
    }

    /**
     * Takes the message for one attempt: it is pending and due, or a previous claim's lease ran out without an
     * outcome. Counts the attempt.
     *
     * @return false when it is not this caller's to send (sent, failed, not due, or another sender holds it)
     */
    public boolean claim(Instant now, Duration lease) {
        boolean due = status == MessageStatus.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
        boolean abandoned = status == MessageStatus.SENDING && leaseUntil != null && leaseUntil.isBefore(now);
        if (!due && !abandoned) {
            return false;
        }
        status = MessageStatus.SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
        return true;
    }

    /**
     * Gives a claimed message back unsent (its dispatcher stopped before reaching it), as if it had not been
     * claimed: pending again, due at once, and the attempt the claim counted uncounted.
     *
     * @return false when the message was not claimed
     */
    public boolean release() {
        if (status != MessageStatus.SENDING) {
            return false;
        }
        status = MessageStatus.PENDING;
        attempts--;
        leaseUntil = null;
        return true;
    }

    /** @return false when the message was not claimed (its outcome was already recorded) */
    public boolean markSent(Instant now) {
        if (status != MessageStatus.SENDING) {
            return false;
        }
        status = MessageStatus.SENT;
        sentAt = now;
        leaseUntil = null;
        nextAttemptAt = null;
        return true;
    }

    /**
     * A claimed attempt failed: a permanent refusal (the server rejected the address) ends it as FAILED, a
     * temporary one waits for the next attempt the policy allows, or ends FAILED when none is left.
     *
     * @return false when the message was not claimed
     */
    public boolean recordFailure(Instant now, String reason, boolean permanent, RetryPolicy policy) {
        if (status != MessageStatus.SENDING) {
            return false;
        }
        leaseUntil = null;
        Optional<Instant> next = permanent ? Optional.empty() : policy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            status = MessageStatus.PENDING;
            nextAttemptAt = next.get();
            failure = truncated(reason);
        } else {
            status = MessageStatus.FAILED;
            nextAttemptAt = null;
            failure = truncated(permanent ? reason : "gave up after " + attempts + " attempts: " + reason);
        }
        return true;
    }

    private static String truncated(String reason) {
        String text = reason == null ? "unknown" : reason.strip();
        return text.length() <= FAILURE_MAX ? text : text.substring(0, FAILURE_MAX - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public MessageChannel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MessageStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String failure() {
        return failure;
    }
}
