package dev.cartera.customers.welcome;

/** What a channel needs to deliver one outbox message; the id makes its Message-ID. */
public record Envelope(long messageId, String recipient, String subject, String body) {

    static Envelope of(OutboundMessage message) {
        return new Envelope(message.id(), message.recipient(), message.subject(), message.body());
    }
}
