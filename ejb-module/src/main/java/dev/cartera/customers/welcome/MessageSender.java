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
 * "Sends" a message: there is no mail server yet, so sending is logging it at INFO; the outbox row records it.
 * A real channel slots in here.
 */
@Stateless
public class MessageSender {

    private static final Logger LOG = Logger.getLogger(MessageSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.markSent(clock.instant())) {
            return;
        }
        LOG.info(() -> "Sent " + message.channel() + " message " + message.id() + " to " + message.recipient()
                + " (customer " + message.customerId() + "): " + message.subject() + "\n" + message.body());
    }

    public List<Long> pendingBefore(Instant before) {
        return em.createNamedQuery("OutboundMessage.pendingSince", Long.class)
                .setParameter("before", before).setMaxResults(500).getResultList();
    }
}
