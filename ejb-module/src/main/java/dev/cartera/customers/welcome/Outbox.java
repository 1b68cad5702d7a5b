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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in a short transaction of its own so no transaction stays open while a
 * mail server is talked to: claim a message, then record that it was sent or why it was not.
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
     * @return the message to send, when this caller won it; empty when it is not due, already handled, or another
     *         dispatcher claimed it first (its version moved on between our read and our write)
     */
    public Optional<Envelope> claim(long messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId);
        if (message == null || !message.claim(clock.instant(), settings.lease())) {
            return Optional.empty();
        }
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            return Optional.empty(); // the transaction is marked for rollback; the other claim stands
        } catch (PersistenceException failed) {
            if (failed.getCause() instanceof OptimisticLockException) {
                return Optional.empty();
            }
            throw failed;
        }
        return Optional.of(Envelope.of(message));
    }

    public void recordSent(long messageId) {
        em.find(OutboundMessage.class, messageId).markSent(clock.instant());
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
