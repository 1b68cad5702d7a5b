package dev.cartera.web.customers;

import dev.cartera.customers.welcome.OutboundMessage;
import java.time.Instant;

public record MessageView(long id, String channel, String recipient, String subject, String body, String status,
                          Instant createdAt, Instant sentAt, int attempts, Instant nextAttemptAt, String failure) {

    static MessageView of(OutboundMessage message) {
        return new MessageView(message.id(), message.channel().name(), message.recipient(), message.subject(),
                message.body(), message.status().name(), message.createdAt(), message.sentAt(),
                message.attempts(), message.nextAttemptAt(), message.failure());
    }
}
