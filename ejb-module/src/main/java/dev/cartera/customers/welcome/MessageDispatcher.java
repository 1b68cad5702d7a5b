package dev.cartera.customers.welcome;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued messages once their transaction has committed, off the request thread. A message whose sending
 * was interrupted (a crash between commit and send) is picked up by the sweep.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageDispatcher {

    private static final Logger LOG = Logger.getLogger(MessageDispatcher.class.getName());
    private static final Duration SWEEP_AFTER = Duration.ofMinutes(2);

    @Inject
    MessageSender sender;

    @Inject
    Clock clock;

    /** AFTER_SUCCESS: never for a transaction that rolled back. */
    @Asynchronous
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        List<Long> ids = queued.messageIds();
        for (int from = 0; from < ids.size(); from += MessageSender.BATCH) {
            send(ids.subList(from, Math.min(ids.size(), from + MessageSender.BATCH)));
        }
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sweep() {
        List<Long> pending = sender.pendingBefore(clock.instant().minus(SWEEP_AFTER));
        if (!pending.isEmpty()) {
            send(pending);
        }
    }

    private void send(List<Long> messageIds) {
        try {
            sender.sendAll(messageIds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, messageIds.size() + " messages from id " + messageIds.get(0)
                    + " not sent; the sweep will retry them", e);
        }
    }
}
