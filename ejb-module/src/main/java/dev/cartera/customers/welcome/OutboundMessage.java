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
import java.time.Instant;

/**
 * A message to a customer, written in the same transaction as the change that causes it (the outbox pattern),
 * so it exists exactly when that change committed; it is sent after the commit and marked.
 */
@Entity
@Table(name = "outbound_message", indexes = {
        @Index(name = "ix_outbound_message_customer", columnList = "customer_id"),
        @Index(name = "ix_outbound_message_status", columnList = "status, created_at")})
@NamedQuery(name = "OutboundMessage.ofCustomer",
        query = "SELECT m FROM OutboundMessage m WHERE m.customerId = :customerId ORDER BY m.createdAt, m.id")
@NamedQuery(name = "OutboundMessage.pendingSince",
        query = "SELECT m.id FROM OutboundMessage m WHERE m.status = dev.cartera.customers.welcome.MessageStatus.PENDING"
                + " AND m.createdAt < :before ORDER BY m.id")
@NamedQuery(name = "OutboundMessage.pendingAmong",
        query = "SELECT m FROM OutboundMessage m WHERE m.status = dev.cartera.customers.welcome.MessageStatus.PENDING"
                + " AND m.id IN :ids ORDER BY m.id")
public class OutboundMessage {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

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

    /** @return false when it had already been sent (a retry raced the first attempt) */
    public boolean markSent(Instant now) {
        if (status != MessageStatus.PENDING) {
            return false;
        }
        status = MessageStatus.SENT;
        sentAt = now;
        return true;
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
}
