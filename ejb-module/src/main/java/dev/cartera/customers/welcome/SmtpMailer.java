package dev.cartera.customers.welcome;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/** Sends through an SMTP server with Jakarta Mail (the implementation Payara Micro bundles). */
final class SmtpMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    SmtpMailer(MailSettings.SmtpSettings settings) {
        Authenticator authenticator = settings.user().map(user -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password().orElse(""));
            }
        }).orElse(null);
        this.session = Session.getInstance(properties(settings), authenticator);
        try {
            this.from = new InternetAddress(settings.from(), settings.fromName(), "UTF-8");
            this.from.validate();
        } catch (UnsupportedEncodingException | AddressException e) {
            throw new IllegalArgumentException("cartera.mail.from is not an e-mail address: " + settings.from(), e);
        }
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        LOG.info(() -> "E-mail goes out through " + settings + " from " + settings.from());
    }

    /** Timeouts on connect, read and write: a server that stops answering must not hold a thread for ever. */
    static Properties properties(MailSettings.SmtpSettings settings) {
        Properties properties = new Properties();
        String millis = String.valueOf(settings.timeout().toMillis());
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.from", settings.from());
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        switch (settings.tls()) {
            case NONE -> { }
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return properties;
    }

    @Override
    public void send(Envelope envelope) throws DeliveryFailure {
        try {
            MimeMessage message = new StableIdMessage(session, messageId(envelope.messageId(), messageIdDomain));
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(envelope.recipient(), true));
            message.setSubject(envelope.subject(), "UTF-8");
            message.setText(envelope.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailure(SmtpFailures.describe(e), SmtpFailures.isPermanent(e), e);
        }
    }

    /** The same for every attempt at one outbox message, so a receiver can tell a repeated delivery. */
    static String messageId(long outboxId, String domain) {
        return "<cartera-outbox-" + outboxId + "@" + domain + ">";
    }

    /** Jakarta Mail would give every attempt a fresh random Message-ID. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
