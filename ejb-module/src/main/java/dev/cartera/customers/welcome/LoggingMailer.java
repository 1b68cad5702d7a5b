package dev.cartera.customers.welcome;

import java.util.logging.Logger;

/**
 * No SMTP server configured: "sending" is a FINE line per message, its body included. The dispatcher says at INFO,
 * once per batch, how many were only logged: a line per message was a million lines, and addresses, for an import
 * of a million customers.
 */
final class LoggingMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LoggingMailer.class.getName());

    @Override
    public void send(Envelope envelope) {
        LOG.fine(() -> "Message " + envelope.messageId() + " to " + envelope.recipient() + " only logged: "
                + envelope.subject() + "\n" + envelope.body());
    }

    @Override
    public boolean delivers() {
        return false;
    }
}
