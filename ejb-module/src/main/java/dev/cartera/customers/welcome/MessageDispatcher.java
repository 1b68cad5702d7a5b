package dev.cartera.customers.welcome;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued messages once their transaction has committed, off the request thread, one by one: claim, send
 * outside any transaction, record the outcome. A message whose send failed for a while, or was interrupted
 * (a crash between commit and send), is picked up by the {@linkplain OutboxSweep sweep}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageDispatcher {

    private static final Logger LOG = Logger.getLogger(MessageDispatcher.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** AFTER_SUCCESS: never for a transaction that rolled back. */
    @Asynchronous
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        sendAll(queued.messageIds());
    }

    public void sweep() {
        sendAll(outbox.due(clock.instant()));
    }

    private void sendAll(List<Long> messageIds) {
        int sent = 0;
        for (long id : messageIds) {
            try {
                sent += send(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Message " + id + " not sent; the sweep will retry it", e);
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> "Sent " + count + (count == 1 ? " message" : " messages") + " of " + messageIds.size());
        }
    }

    private boolean send(long messageId) {
        var claimed = outbox.claim(messageId);
        if (claimed.isEmpty()) {
            return false;
        }
        Envelope envelope = claimed.get();
        try {
            mailer.send(envelope);
        } catch (DeliveryFailure failure) {
            MessageStatus now = outbox.recordFailure(messageId, failure);
            LOG.warning(() -> "Message " + messageId + " to " + envelope.recipient() + " not sent ("
                    + (now == MessageStatus.FAILED ? "given up" : "will be retried") + "): " + failure.getMessage());
            return false;
        }
        outbox.recordSent(messageId);
        LOG.fine(() -> "Sent message " + messageId + " to " + envelope.recipient());
        return true;
    }
}
