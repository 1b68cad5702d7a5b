package dev.cartera.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Deployments;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ServerConfiguration;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The welcome e-mail through a real SMTP server (GreenMail, on a loopback port of its own) that the server is
 * configured to use: the message arrives once, with its text and a Message-ID made from its outbox id; while the
 * SMTP server is down the message waits and is retried, and once it is back it arrives, still once.
 */
@SharedServer(MailIT.WithSmtpServer.class)
class MailIT {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    /** The real WAR sending through the test's SMTP server, with retries and sweeps quick enough to watch. */
    public static final class WithSmtpServer implements ServerConfiguration {
        @Override
        public org.jboss.shrinkwrap.api.spec.WebArchive archive() {
            Smtp.start();
            return Deployments.carteraWith("cartera.mail.smtp.host=127.0.0.1\n"
                    + "cartera.mail.smtp.port=" + Smtp.port + "\n"
                    + "cartera.mail.smtp.tls=none\n"
                    + "cartera.mail.smtp.timeout=PT5S\n"
                    + "cartera.mail.from=bienvenida@cartera.test\n"
                    + "cartera.mail.retry.first-delay=PT2S\n"
                    + "cartera.mail.retry.max-delay=PT2S\n"
                    + "cartera.mail.retry.max-attempts=50\n"
                    + "cartera.mail.sweep-interval=PT1S\n");
        }
    }

    /** One GreenMail on one port for the run; stopped and started again on the same port by the retry test. */
    static final class Smtp {
        static final int port = freePort();
        static GreenMail server;

        static synchronized void start() {
            if (server == null) {
                server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                server.start();
            }
        }

        static synchronized void stop() {
            if (server != null) {
                server.stop();
                server = null;
            }
        }

        static synchronized List<MimeMessage> to(String recipient) {
            return server == null ? List.of() : Arrays.stream(server.getReceivedMessages())
                    .filter(message -> recipients(message).contains(recipient)).toList();
        }

        private static List<String> recipients(MimeMessage message) {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;

    @BeforeEach
    void logIn() {
        Smtp.start();
        api = new Api(base);
        admin = api.loginAsAdmin();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    @Test
    void theWelcomeMessageArrivesOnceWithItsTextAndAStableMessageId() throws Exception {
        String email = unique("rosa");
        String cedula = RandomDocumentNumbers.randomCedula("09", RANDOM.split());
        long customer = register(cedula, "Rosa", "Zambrano", email);

        MimeMessage received = awaitMessageTo(email, Duration.ofSeconds(30));
        assertEquals("¡Bienvenido a Cartera, Rosa Zambrano!", received.getSubject());
        String body = received.getContent().toString();
        assertTrue(body.contains("Estimado/a Rosa Zambrano") && body.contains("CI " + cedula), body);
        assertEquals("bienvenida@cartera.test", ((jakarta.mail.internet.InternetAddress) received.getFrom()[0]).getAddress());
        JsonObject message = onlyMessageOf(customer);
        assertEquals("<cartera-outbox-" + message.getJsonNumber("id").longValue() + "@cartera.test>",
                received.getMessageID());

        Thread.sleep(4_000); // four sweeps more
        assertEquals(1, Smtp.to(email).size(), "sent exactly once");
        message = onlyMessageOf(customer);
        assertEquals("SENT", message.getString("status"));
        assertEquals(1, message.getInt("attempts"));
    }

    @Test
    void whileTheSmtpServerIsDownTheMessageWaitsAndIsSentOnceWhenItIsBack() throws Exception {
        Smtp.stop();
        String email = unique("camilo");
        long customer = register(RandomDocumentNumbers.randomCedula("17", RANDOM.split()), "Camilo", "Paredes", email);

        JsonObject waiting = awaitMessage(customer, m -> m.getString("status").equals("PENDING") && m.getInt("attempts") >= 2,
                Duration.ofSeconds(40));
        assertTrue(waiting.getString("failure").contains("connect"), waiting.toString());
        assertTrue(waiting.containsKey("nextAttemptAt") && !waiting.isNull("nextAttemptAt"), waiting.toString());

        Smtp.start();
        MimeMessage received = awaitMessageTo(email, Duration.ofSeconds(40));
        assertEquals("¡Bienvenido a Cartera, Camilo Paredes!", received.getSubject());
        JsonObject sent = awaitMessage(customer, m -> m.getString("status").equals("SENT"), Duration.ofSeconds(10));
        assertTrue(sent.getInt("attempts") >= 3, sent.toString());
        Thread.sleep(3_000);
        assertEquals(1, Smtp.to(email).size(), "sent exactly once");
    }

    private long register(String cedula, String first, String last, String email) {
        Api.Reply reply = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", cedula).add("firstName", first).add("lastName", last).add("email", email)
                .build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject onlyMessageOf(long customer) {
        Api.Reply reply = api.get("/api/customers/" + customer + "/messages", admin);
        assertEquals(200, reply.status(), reply::toString);
        var messages = reply.structure().asJsonArray();
        assertEquals(1, messages.size(), reply::toString);
        return messages.getJsonObject(0);
    }

    private JsonObject awaitMessage(long customer, Predicate<JsonObject> condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject message = onlyMessageOf(customer);
        while (!condition.test(message)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox row never got there within " + within + ": " + message
                        + "\nthe server's sending lines:\n" + sendingLines());
            }
            Thread.sleep(250);
            message = onlyMessageOf(customer);
        }
        return message;
    }

    private static MimeMessage awaitMessageTo(String email, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> received = Smtp.to(email);
            if (!received.isEmpty()) {
                assertEquals(1, received.size());
                return received.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message to " + email + " within " + within);
    }

    /** What the dispatcher logged, for a failure's message: the server log is rewritten when failsafe reruns the class. */
    private static String sendingLines() {
        Path log = ItEnvironment.dataDir().getParent().resolve("servers").resolve(WithSmtpServer.class.getName())
                .resolve("server.log");
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("welcome.") || line.contains("Exception"))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) : line)
                    .reduce((a, b) -> a + "\n" + b).orElse("(none)");
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
