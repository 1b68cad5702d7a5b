package dev.cartera.customers.welcome;

import dev.cartera.shared.logging.LogContext;
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
 * outside any transaction, record the outcome. A temporary failure (the server down, a timeout, a 4xx) ends the
 * batch: the rest would most likely fail the same way, each after its timeout. A message whose send failed for a while, or was interrupted
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
        LogContext.Entry origin = queued.origin().orElse(null);
        if (origin == null) {
            sendAll(queued.messageIds());
            return;
        }
        try (LogContext.Scope request = LogContext.bind(origin.requestId(), origin.user())) {
            sendAll(queued.messageIds());
        }
    }

    public void sweep() {
        sendAll(outbox.due(clock.instant()));
    }

    private void sendAll(List<Long> messageIds) {
        int sent = 0;
        for (int i = 0; i < messageIds.size(); i++) {
            long id = messageIds.get(i);
            Outcome outcome;
            try {
                outcome = send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Message " + id + " not sent; the sweep will retry it", e);
                continue;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.SERVER_TROUBLE && i + 1 < messageIds.size()) {
                // a server that is down or refusing for now would fail the rest too, each after its timeout:
                // they stay pending, no attempt counted, for the sweep
                int left = messageIds.size() - i - 1;
                LOG.warning(() -> left + " more messages left for the sweep");
                break;
            }
        }
        if (sent > 0) {
            String count = sent + (sent == 1 ? " message" : " messages") + " of " + messageIds.size();
            LOG.info(() -> mailer.delivers() ? "Sent " + count
                    : "No SMTP server configured (cartera.mail.smtp.host): " + count + " only logged, at FINE ("
                    + LoggingMailer.class.getName() + ")");
        }
    }

    private enum Outcome { SENT, NOT_OURS, REFUSED, SERVER_TROUBLE }

    private Outcome send(long messageId) {
        var claimed = outbox.claim(messageId);
        if (claimed.isEmpty()) {
            return Outcome.NOT_OURS;
        }
        Envelope envelope = claimed.get();
        try {
            mailer.send(envelope);
        } catch (DeliveryFailure failure) {
            MessageStatus now = outbox.recordFailure(messageId, failure);
            LOG.warning(() -> "Message " + messageId + " to " + envelope.recipient() + " not sent ("
                    + (now == MessageStatus.FAILED ? "given up" : "will be retried") + "): " + failure.getMessage());
            return failure.isPermanent() ? Outcome.REFUSED : Outcome.SERVER_TROUBLE;
        }
        outbox.recordSent(messageId);
        LOG.fine(() -> "Sent message " + messageId + " to " + envelope.recipient());
        return Outcome.SENT;
    }
}
