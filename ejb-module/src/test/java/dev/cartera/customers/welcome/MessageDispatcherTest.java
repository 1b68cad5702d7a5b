package dev.cartera.customers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.shared.logging.LogContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The order of claim, send and record, with the outbox and the mail server replaced by fakes. */
class MessageDispatcherTest {

    /** Claims each id once, like the version column does across dispatchers. */
    static final class FakeOutbox extends Outbox {
        final Set<Long> claimed = new HashSet<>();
        final List<String> recorded = new ArrayList<>();

        @Override
        public Optional<Envelope> claim(long messageId) {
            return claimed.add(messageId)
                    ? Optional.of(new Envelope(messageId, "c" + messageId + "@example.com", "Hola", "Cuerpo"))
                    : Optional.empty();
        }

        @Override
        public void recordSent(long messageId) {
            recorded.add(messageId + " SENT");
        }

        @Override
        public MessageStatus recordFailure(long messageId, DeliveryFailure failure) {
            recorded.add(messageId + (failure.isPermanent() ? " FAILED " : " RETRY ") + failure.getMessage());
            return failure.isPermanent() ? MessageStatus.FAILED : MessageStatus.PENDING;
        }
    }

    private final FakeOutbox outbox = new FakeOutbox();
    private final List<String> contexts = new ArrayList<>();

    private MessageDispatcher dispatcher(Map<Long, DeliveryFailure> failures) {
        MessageDispatcher dispatcher = new MessageDispatcher();
        dispatcher.outbox = outbox;
        dispatcher.clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        dispatcher.mailer = envelope -> {
            contexts.add(LogContext.current().map(LogContext.Entry::requestId).orElse("-"));
            DeliveryFailure failure = failures.get(envelope.messageId());
            if (failure != null) {
                throw failure;
            }
        };
        return dispatcher;
    }

    @Test
    void eachMessageIsClaimedSentAndRecordedOnceEvenWhenQueuedTwice() {
        MessageDispatcher dispatcher = dispatcher(Map.of());
        dispatcher.onQueued(new MessageQueued(List.of(1L, 2L), Optional.empty()));
        dispatcher.onQueued(new MessageQueued(List.of(2L, 3L), Optional.empty()));
        assertEquals(List.of("1 SENT", "2 SENT", "3 SENT"), outbox.recorded);
    }

    @Test
    void aRefusedAddressIsRecordedAndTheBatchGoesOn() {
        dispatcher(Map.of(2L, new DeliveryFailure("550 no such user", true, null)))
                .onQueued(new MessageQueued(List.of(1L, 2L, 3L), Optional.empty()));
        assertEquals(List.of("1 SENT", "2 FAILED 550 no such user", "3 SENT"), outbox.recorded);
    }

    @Test
    void aServerInTroubleEndsTheBatchAndLeavesTheRestUnclaimedForTheSweep() {
        dispatcher(Map.of(2L, new DeliveryFailure("Connection refused", false, null)))
                .onQueued(new MessageQueued(List.of(1L, 2L, 3L, 4L), Optional.empty()));
        assertEquals(List.of("1 SENT", "2 RETRY Connection refused"), outbox.recorded);
        assertEquals(Set.of(1L, 2L), outbox.claimed, "3 and 4: no attempt counted");
    }

    @Test
    void theSendingRunsUnderTheRequestThatQueuedTheMessages() {
        MessageDispatcher dispatcher = dispatcher(Map.of());
        MessageQueued queued;
        try (LogContext.Scope request = LogContext.bind("req-alta", "agente")) {
            queued = new MessageQueued(List.of(5L));
        }
        dispatcher.onQueued(queued);
        assertEquals(List.of("req-alta"), contexts);
        assertEquals(Optional.empty(), LogContext.current());
    }

    @Test
    void withoutAnSmtpServerABatchIsOneInfoLineAndEachMessageAFineOne() {
        MessageDispatcher dispatcher = dispatcher(Map.of());
        dispatcher.mailer = new LoggingMailer();
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger mailerLog = Logger.getLogger(LoggingMailer.class.getName());
        Logger dispatcherLog = Logger.getLogger(MessageDispatcher.class.getName());
        Level mailerLevel = mailerLog.getLevel();
        mailerLog.setLevel(Level.FINE);
        mailerLog.addHandler(capture);
        dispatcherLog.addHandler(capture);
        try {
            dispatcher.onQueued(new MessageQueued(List.of(1L, 2L, 3L), Optional.empty()));
        } finally {
            mailerLog.removeHandler(capture);
            dispatcherLog.removeHandler(capture);
            mailerLog.setLevel(mailerLevel);
        }
        assertEquals(List.of("1 SENT", "2 SENT", "3 SENT"), outbox.recorded, "marked, so they are not retried");
        List<String> info = records.stream().filter(record -> record.getLevel() == Level.INFO)
                .map(LogRecord::getMessage).toList();
        assertEquals(List.of("No SMTP server configured (cartera.mail.smtp.host): 3 messages of 3 only logged, at FINE ("
                + LoggingMailer.class.getName() + ")"), info);
        assertEquals(3, records.stream().filter(record -> record.getLevel() == Level.FINE).count());
    }
}
