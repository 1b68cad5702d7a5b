package dev.cartera.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
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

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.pbkdf2Iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = hash("decoy password that matches nothing".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Spends the same work as {@link #matches} and always fails. */
    public boolean matchesNothing(char[] password) {
        pbkdf2.verify(password, decoyHash);
        return false;
    }
}
