package dev.cartera.web.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;

/** A real SMTP server (GreenMail) on a loopback port of its own, which both instances send through. */
final class Smtp {

    private final GreenMail server;
    private final int port;

    private Smtp(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    static Smtp start() {
        Smtp smtp = new Smtp(freePort());
        smtp.server.start();
        return smtp;
    }

    int port() {
        return port;
    }

    /** How many messages arrived for the address. */
    long receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> to(message, address)).count();
    }

    void stop() {
        server.stop();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
