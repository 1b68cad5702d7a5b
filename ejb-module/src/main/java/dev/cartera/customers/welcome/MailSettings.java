package dev.cartera.customers.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mail configuration ({@code cartera.mail.*}): without {@code cartera.mail.smtp.host} messages are only
 * logged; with it they go to that SMTP server. Also how failed sends are retried and how often the outbox is swept.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cartera.mail.smtp.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "cartera.mail.from", defaultValue = "no-reply@cartera.dev")
    String from;

    @Inject
    @ConfigProperty(name = "cartera.mail.from-name", defaultValue = "Cartera")
    String fromName;

    @Inject
    @ConfigProperty(name = "cartera.mail.retry.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "cartera.mail.retry.first-delay", defaultValue = "PT1M")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "cartera.mail.retry.max-delay", defaultValue = "PT6H")
    Duration maxDelay;

    @Inject
    @ConfigProperty(name = "cartera.mail.sweep-interval", defaultValue = "PT1M")
    Duration sweepInterval;

    /** The one mailer of the application, chosen from the configuration when first used. */
    @Produces
    @ApplicationScoped
    Mailer mailer() {
        return smtp().<Mailer>map(SmtpMailer::new).orElseGet(LoggingMailer::new);
    }

    Optional<SmtpSettings> smtp() {
        return host.filter(h -> !h.isBlank()).map(h -> {
            TlsMode mode = TlsMode.parse(tls);
            return new SmtpSettings(h.strip(), port.orElse(mode.defaultPort()), mode, user.filter(u -> !u.isBlank()),
                    password, timeout, from, fromName);
        });
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstDelay, maxDelay);
    }

    /** How long a claim holds: a send that takes longer (connect, write and read timeouts together) is presumed dead. */
    public Duration lease() {
        return timeout.multipliedBy(4).plusMinutes(1);
    }

    public Duration sweepInterval() {
        return sweepInterval;
    }

    /** How the connection to the SMTP server is protected. */
    public enum TlsMode {
        /** Plain SMTP (a relay on the same host or network). */
        NONE(25),
        /** Plain connection upgraded with STARTTLS, which is required: a server that does not offer it is an error. */
        STARTTLS(587),
        /** TLS from the first byte ("SMTPS"). */
        TLS(465);

        private final int defaultPort;

        TlsMode(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        int defaultPort() {
            return defaultPort;
        }

        static TlsMode parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cartera.mail.smtp.tls is " + text + "; expected none, starttls or tls", e);
            }
        }
    }

    /** The password is never printed, even by toString. */
    record SmtpSettings(String host, int port, TlsMode tls, Optional<String> user, Optional<String> password,
                        Duration timeout, String from, String fromName) {

        @Override
        public String toString() {
            return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port + " (" + tls + ")";
        }
    }
}
