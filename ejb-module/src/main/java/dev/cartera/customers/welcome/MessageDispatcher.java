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
        send(queued.messageId());
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sweep() {
        sender.pendingBefore(clock.instant().minus(SWEEP_AFTER)).forEach(this::send);
    }

    private void send(long messageId) {
        try {
            sender.send(messageId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Message " + messageId + " not sent; the sweep will retry it", e);
        }
    }
}
