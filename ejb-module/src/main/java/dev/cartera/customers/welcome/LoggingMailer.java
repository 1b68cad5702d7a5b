package dev.cartera.customers.welcome;

import java.util.logging.Logger;

/** No SMTP server configured: "sending" is one INFO line per message, with the body at FINE. */
final class LoggingMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LoggingMailer.class.getName());

    @Override
    public void send(Envelope envelope) {
        LOG.info(() -> "No SMTP server configured (cartera.mail.smtp.host): message " + envelope.messageId()
                + " to " + envelope.recipient() + " only logged");
        LOG.fine(() -> envelope.subject() + "\n" + envelope.body());
    }
}
