package dev.cartera.customers.welcome;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * "Sends" messages: there is no mail server yet, so sending is logging them (each at FINE, with its body; one
 * INFO line per batch), and the outbox row records it. A real channel slots in here.
 */
@Stateless
public class MessageSender {

    private static final Logger LOG = Logger.getLogger(MessageSender.class.getName());

    /** The most messages one transaction sends: the ids go into one IN list (SQL Server takes 2,100 parameters). */
    public static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Sends those of the messages still pending, in one transaction that locks their rows, so a sweep and the
     * after-commit dispatch racing over the same messages send each once.
     *
     * @param messageIds at most {@link #BATCH}
     * @return how many were sent
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendAll(List<Long> messageIds) {
        if (messageIds.size() > BATCH) {
            throw new IllegalArgumentException(messageIds.size() + " messages in one batch; at most " + BATCH);
        }
        List<OutboundMessage> pending = em.createNamedQuery("OutboundMessage.pendingAmong", OutboundMessage.class)
                .setParameter("ids", messageIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        int sent = 0;
        for (OutboundMessage message : pending) {
            if (message.markSent(now)) {
                sent++;
                LOG.fine(() -> "Sent " + message.channel() + " message " + message.id() + " to " + message.recipient()
                        + " (customer " + message.customerId() + "): " + message.subject() + "\n" + message.body());
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> "Sent " + count + (count == 1 ? " message" : " messages") + " (ids "
                    + pending.get(0).id() + (count == 1 ? "" : " to " + pending.get(pending.size() - 1).id()) + ")");
        }
        return sent;
    }

    public List<Long> pendingBefore(Instant before) {
        return em.createNamedQuery("OutboundMessage.pendingSince", Long.class)
                .setParameter("before", before).setMaxResults(BATCH).getResultList();
    }
}
