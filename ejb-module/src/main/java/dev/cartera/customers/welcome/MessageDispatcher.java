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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued messages once their transaction has committed, off the request thread, a batch at a time: claim
 * the batch, send each message outside any transaction, record the outcomes. A temporary failure (the server
 * down, a timeout, a 4xx) ends the sending: the rest would most likely fail the same way, each after its
 * timeout. A message whose send failed for a while, or was interrupted (a crash between commit and send), is
 * picked up by the {@linkplain OutboxSweep sweep}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageDispatcher {

    /**
     * The most messages claimed, and recorded sent, in one transaction. It bounds what a crash between a send and
     * its record sends twice (after the lease, with the same Message-ID), where one transaction per message cost
     * more than the messages (the dispatcher took a fifth of the server's CPU during an import).
     */
    static final int CLAIM_BATCH = 100;

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
        Deque<Long> waiting = new ArrayDeque<>(messageIds);
        int sent = 0;
        while (!waiting.isEmpty()) {
            List<Long> batch = new ArrayList<>();
            while (batch.size() < CLAIM_BATCH && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            Batch outcome;
            try {
                outcome = send(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Messages " + batch + " not sent; the sweep will retry them", e);
                continue;
            }
            sent += outcome.sent();
            if (outcome.serverTrouble()) {
                // a server that is down or refusing for now would fail the rest too, each after its timeout:
                // they stay pending, no attempt counted, for the sweep
                int left = outcome.unsent().size() + waiting.size();
                if (left > 0) {
                    LOG.warning(() -> left + " more messages left for the sweep");
                }
                break;
            }
            // past the claim's sendBy: given back, and claimed again with a lease of their own
            outcome.unsent().reversed().forEach(waiting::addFirst);
        }
        if (sent > 0) {
            String count = sent + (sent == 1 ? " message" : " messages") + " of " + messageIds.size();
            LOG.info(() -> mailer.delivers() ? "Sent " + count
                    : "No SMTP server configured (cartera.mail.smtp.host): " + count + " only logged, at FINE ("
                    + LoggingMailer.class.getName() + ")");
        }
    }

    /** What became of a batch: how many were sent, which stay pending unsent, and whether the server is in trouble. */
    private record Batch(int sent, List<Long> unsent, boolean serverTrouble) {
    }

    private enum Outcome { SENT, REFUSED, SERVER_TROUBLE }

    private Batch send(List<Long> messageIds) {
        Outbox.Claimed claimed = outbox.claim(messageIds);
        if (claimed.contended() && messageIds.size() > 1) {
            return sendOneByOne(messageIds);
        }
        List<Envelope> envelopes = claimed.envelopes();
        List<Long> sent = new ArrayList<>();
        boolean serverTrouble = false;
        int attempted = 0;
        List<Long> unsent = List.of();
        try {
            // the first is always attempted, so that a batch makes progress however slow the server
            while (attempted < envelopes.size() && !serverTrouble
                    && (attempted == 0 || !clock.instant().isAfter(claimed.sendBy()))) {
                Envelope envelope = envelopes.get(attempted++);
                switch (deliver(envelope)) {
                    case SENT -> sent.add(envelope.messageId());
                    case REFUSED -> { }
                    case SERVER_TROUBLE -> serverTrouble = true;
                }
            }
        } finally {
            if (!sent.isEmpty()) {
                outbox.recordSent(sent);
            }
            unsent = envelopes.subList(attempted, envelopes.size()).stream().map(Envelope::messageId).toList();
            if (!unsent.isEmpty()) {
                outbox.release(unsent);
            }
        }
        return new Batch(sent.size(), unsent, serverTrouble);
    }

    /** Another dispatcher holds some of the batch: each message is then either ours or theirs. */
    private Batch sendOneByOne(List<Long> messageIds) {
        int sent = 0;
        for (int i = 0; i < messageIds.size(); i++) {
            Batch one = send(List.of(messageIds.get(i)));
            sent += one.sent();
            if (one.serverTrouble()) {
                return new Batch(sent, messageIds.subList(i + 1, messageIds.size()), true);
            }
        }
        return new Batch(sent, List.of(), false);
    }

    private Outcome deliver(Envelope envelope) {
        long messageId = envelope.messageId();
        try {
            mailer.send(envelope);
        } catch (DeliveryFailure failure) {
            MessageStatus now = outbox.recordFailure(messageId, failure);
            LOG.warning(() -> "Message " + messageId + " to " + envelope.recipient() + " not sent ("
                    + (now == MessageStatus.FAILED ? "given up" : "will be retried") + "): " + failure.getMessage());
            return failure.isPermanent() ? Outcome.REFUSED : Outcome.SERVER_TROUBLE;
        }
        LOG.fine(() -> "Sent message " + messageId + " to " + envelope.recipient());
        return Outcome.SENT;
    }
}
