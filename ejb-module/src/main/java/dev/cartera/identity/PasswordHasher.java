package dev.cartera.identity;

import dev.cartera.shared.i18n.Message;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import dev.cartera.shared.ConcurrencyLimit;
import java.time.Duration;
import java.util.Map;

/** PBKDF2 (HMAC-SHA512, 32-byte salt) through Jakarta Security; the hash string carries its own parameters. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    IdentitySettings settings;

    /** Checked against when the user does not exist, so an unknown name costs as much time as a wrong password. */
    private String decoyHash;

    private ConcurrencyLimit hashing;

    @PostConstruct
    void configure() {
        hashing = new ConcurrencyLimit(Message.of("work.passwordChecks"), settings.maxConcurrentHashes(), settings.hashWait(),
                Duration.ofSeconds(1));
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.pbkdf2Iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = hash("decoy password that matches nothing".toCharArray());
    }

    public String hash(char[] password) {
        try (var permit = hashing.acquire()) {
            return pbkdf2.generate(password);
        }
    }

    /** @throws dev.cartera.shared.TooManyRequestsException when too many checks are running already */
    public boolean matches(char[] password, String hash) {
        try (var permit = hashing.acquire()) {
            return pbkdf2.verify(password, hash);
        }
    }

    /** Spends the same work as {@link #matches} and always fails. */
    public boolean matchesNothing(char[] password) {
        matches(password, decoyHash);
        return false;
    }
}
