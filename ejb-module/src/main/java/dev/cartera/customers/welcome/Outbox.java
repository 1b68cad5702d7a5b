package dev.cartera.customers.welcome;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox's state changes, each in a short transaction of its own so no transaction stays open while a
 * mail server is talked to: claim a batch of messages, then record which were sent, why one was not, or that
 * the dispatcher gave the rest back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    /** The most message ids one query returns; the sweep takes the rest on its next run. */
    public static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /**
     * Claims the due messages among {@code messageIds} in one transaction: a dispatcher that took them one by one
     * spent more on the transactions than on the messages (a fifth of the server's CPU during an import).
     *
     * @return the messages to send, in the order of the ids, and when to stop sending them (half their lease, so
     *         that no claim runs out while its dispatcher still works); {@linkplain Claimed#contended() contended}
     *         when another dispatcher changed one of them between our read and our write: nothing is claimed then,
     *         and the caller claims them one at a time
     */
    public Claimed claim(List<Long> messageIds) {
        Instant now = clock.instant();
        Duration lease = settings.lease();
        Map<Long, OutboundMessage> found = new HashMap<>();
        withIds(messageIds).forEach(message -> found.put(message.id(), message));
        List<Envelope> claimed = new ArrayList<>();
        for (Long id : messageIds) {
            OutboundMessage message = found.get(id);
            if (message != null && message.claim(now, lease)) {
                claimed.add(Envelope.of(message));
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            return Claimed.CONTENDED; // the transaction is marked for rollback; the other claims stand
        } catch (PersistenceException failed) {
            if (failed.getCause() instanceof OptimisticLockException) {
                return Claimed.CONTENDED;
            }
            throw failed;
        }
        return new Claimed(claimed, now.plus(lease.dividedBy(2)));
    }

    /** Messages sent: one transaction for a dispatcher's batch. */
    public void recordSent(List<Long> messageIds) {
        Instant now = clock.instant();
        withIds(messageIds).forEach(message -> message.markSent(now));
    }

    /** Claimed messages the dispatcher did not reach: pending again, their attempt uncounted. */
    public void release(List<Long> messageIds) {
        withIds(messageIds).forEach(OutboundMessage::release);
    }

    private List<OutboundMessage> withIds(List<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("OutboundMessage.withIds", OutboundMessage.class)
                .setParameter("ids", messageIds).getResultList();
    }

    /**
     * What a claim won.
     *
     * @param envelopes the messages to send
     * @param sendBy    when to stop starting sends; the rest are {@linkplain #release released}
     * @param contended another dispatcher got in the way and nothing was claimed
     */
    public record Claimed(List<Envelope> envelopes, Instant sendBy, boolean contended) {

        static final Claimed CONTENDED = new Claimed(List.of(), Instant.MIN, true);

        public Claimed {
            envelopes = List.copyOf(envelopes);
        }

        public Claimed(List<Envelope> envelopes, Instant sendBy) {
            this(envelopes, sendBy, false);
        }
    }

    /** @return the message's status after the failure (PENDING for another attempt, or FAILED) */
    public MessageStatus recordFailure(long messageId, DeliveryFailure failure) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId);
        message.recordFailure(clock.instant(), failure.getMessage(), failure.isPermanent(), settings.retryPolicy());
        return message.status();
    }

    /** Messages pending and due, and claims whose lease ran out: the sweep's work. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(Instant now) {
        return em.createNamedQuery("OutboundMessage.due", Long.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
    }
}
