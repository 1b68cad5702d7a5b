package dev.cartera.customers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.shared.logging.LogContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The order of claim, send and record, with the outbox and the mail server replaced by fakes. */
class MessageDispatcherTest {

    /** Claims each id once, like the version column does across dispatchers; a claim holds for 10 s. */
    final class FakeOutbox extends Outbox {
        final Set<Long> claimed = new HashSet<>();
        final List<String> recorded = new ArrayList<>();
        final List<List<Long>> claims = new ArrayList<>();
        final Set<Long> contendedOnce = new HashSet<>();

        @Override
        public Claimed claim(List<Long> messageIds) {
            claims.add(messageIds);
            if (messageIds.size() > 1 && messageIds.stream().anyMatch(contendedOnce::remove)) {
                return Claimed.CONTENDED;
            }
            List<Envelope> won = messageIds.stream().filter(claimed::add)
                    .map(id -> new Envelope(id, "c" + id + "@example.com", "Hola", "Cuerpo")).toList();
            return new Claimed(won, MessageDispatcherTest.this.clock.instant().plusSeconds(10));
        }

        @Override
        public void recordSent(List<Long> messageIds) {
            messageIds.forEach(id -> recorded.add(id + " SENT"));
        }

        @Override
        public void release(List<Long> messageIds) {
            messageIds.forEach(id -> {
                recorded.add(id + " RELEASED");
                claimed.remove(id);
            });
        }

        @Override
        public MessageStatus recordFailure(long messageId, DeliveryFailure failure) {
            recorded.add(messageId + (failure.isPermanent() ? " FAILED " : " RETRY ") + failure.getMessage());
            return failure.isPermanent() ? MessageStatus.FAILED : MessageStatus.PENDING;
        }
    }

    /** Moves only when a send takes time. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private Duration sendTakes = Duration.ZERO;

    private final FakeOutbox outbox = new FakeOutbox();
    private final List<String> contexts = new ArrayList<>();

    private MessageDispatcher dispatcher(Map<Long, DeliveryFailure> failures) {
        MessageDispatcher dispatcher = new MessageDispatcher();
        dispatcher.outbox = outbox;
        dispatcher.clock = clock;
        dispatcher.mailer = envelope -> {
            contexts.add(LogContext.current().map(LogContext.Entry::requestId).orElse("-"));
            clock.advance(sendTakes);
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
    void aBatchIsClaimedAndRecordedSentInOneCallEach() {
        List<Long> ids = LongStream.rangeClosed(1, MessageDispatcher.CLAIM_BATCH + 1).boxed().toList();
        dispatcher(Map.of()).onQueued(new MessageQueued(ids, Optional.empty()));
        assertEquals(List.of(ids.subList(0, MessageDispatcher.CLAIM_BATCH), List.of(ids.getLast())), outbox.claims);
        assertEquals(ids.stream().map(id -> id + " SENT").toList(), outbox.recorded);
    }

    @Test
    void aRefusedAddressIsRecordedAndTheBatchGoesOn() {
        dispatcher(Map.of(2L, new DeliveryFailure("550 no such user", true, null)))
                .onQueued(new MessageQueued(List.of(1L, 2L, 3L), Optional.empty()));
        assertEquals(List.of("2 FAILED 550 no such user", "1 SENT", "3 SENT"), outbox.recorded);
    }

    @Test
    void aServerInTroubleEndsTheBatchAndGivesTheRestBackForTheSweep() {
        dispatcher(Map.of(2L, new DeliveryFailure("Connection refused", false, null)))
                .onQueued(new MessageQueued(List.of(1L, 2L, 3L, 4L), Optional.empty()));
        assertEquals(List.of("2 RETRY Connection refused", "1 SENT", "3 RELEASED", "4 RELEASED"), outbox.recorded,
                "3 and 4: released, no attempt counted");
        assertEquals(Set.of(1L, 2L), outbox.claimed);
    }

    @Test
    void aSlowServerStopsABatchAtItsSendByAndTheRestIsClaimedAgain() {
        sendTakes = Duration.ofSeconds(6); // a claim holds for 10 s here
        dispatcher(Map.of()).onQueued(new MessageQueued(List.of(1L, 2L, 3L), Optional.empty()));
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(3L)), outbox.claims);
        assertEquals(List.of("1 SENT", "2 SENT", "3 RELEASED", "3 SENT"), outbox.recorded);
    }

    @Test
    void aBatchAnotherDispatcherGotInTheWayOfIsClaimedOneByOne() {
        outbox.contendedOnce.add(2L);
        outbox.claimed.add(2L); // the other dispatcher's
        dispatcher(Map.of()).onQueued(new MessageQueued(List.of(1L, 2L, 3L), Optional.empty()));
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(1L), List.of(2L), List.of(3L)), outbox.claims);
        assertEquals(List.of("1 SENT", "3 SENT"), outbox.recorded);
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

    /** A clock a test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
