package dev.cartera.customers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    /** Shaped like the SMTP exceptions of Jakarta Mail implementations (Angus Mail's SMTPSendFailedException). */
    public static class ReplyException extends MessagingException {
        private final int code;

        ReplyException(int code, String text) {
            super(code + " " + text);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void aFiveHundredReplyIsPermanentAndAFourHundredOneIsNot() {
        assertTrue(SmtpFailures.isPermanent(new ReplyException(550, "5.1.1 no such user")));
        assertFalse(SmtpFailures.isPermanent(new ReplyException(451, "4.3.0 try again later")));
    }

    @Test
    void theReplyIsFoundInsideTheFailureChain() {
        MessagingException wrapped = new SendFailedException("Invalid Addresses", new ReplyException(553, "mailbox name not allowed"));
        assertTrue(SmtpFailures.isPermanent(wrapped));
        assertEquals("Invalid Addresses / 553 mailbox name not allowed", SmtpFailures.describe(wrapped));
    }

    @Test
    void onlyInvalidAddressesIsPermanent() throws AddressException {
        Address[] rosa = {new InternetAddress("rosa@example.com")};
        assertTrue(SmtpFailures.isPermanent(new SendFailedException("Invalid Addresses", null, null, null, rosa)));
        assertFalse(SmtpFailures.isPermanent(new SendFailedException("Some unsent", null, null, rosa, null)));
        assertTrue(SmtpFailures.isPermanent(new MessagingException("bad", new AddressException("Illegal address"))));
    }

    @Test
    void aServerThatDoesNotAnswerIsTemporary() {
        MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
                new ConnectException("Connection refused"));
        assertFalse(SmtpFailures.isPermanent(refused));
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 2525 / Connection refused", SmtpFailures.describe(refused));
    }

    @Test
    void sessionPropertiesCarryTimeoutsAndTheTlsModeButNoPassword() {
        var settings = new MailSettings.SmtpSettings("smtp.example.com", 587, MailSettings.TlsMode.STARTTLS,
                Optional.of("cartera"), Optional.of("s3cret"), Duration.ofSeconds(20), "no-reply@example.com", "Cartera");
        var properties = SmtpMailer.properties(settings);
        assertEquals("20000", properties.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", properties.getProperty("mail.smtp.timeout"));
        assertEquals("20000", properties.getProperty("mail.smtp.writetimeout"));
        assertEquals("true", properties.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", properties.getProperty("mail.smtp.auth"));
        assertFalse(properties.toString().contains("s3cret"));
        assertFalse(settings.toString().contains("s3cret"));
        var implicit = SmtpMailer.properties(new MailSettings.SmtpSettings("smtp.example.com", 465, MailSettings.TlsMode.TLS,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(20), "no-reply@example.com", "Cartera"));
        assertEquals("true", implicit.getProperty("mail.smtp.ssl.enable"));
        assertEquals("false", implicit.getProperty("mail.smtp.auth"));
        assertEquals("<cartera-outbox-42@example.com>", SmtpMailer.messageId(42, "example.com"));
    }
}
