package dev.cartera.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The identity context's configuration (MicroProfile Config keys under {@code cartera.jwt} and {@code cartera.auth}). */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    @ConfigProperty(name = "cartera.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "cartera.jwt.token-lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = "cartera.jwt.max-session", defaultValue = "PT12H")
    Duration maxSession;

    @Inject
    @ConfigProperty(name = "cartera.jwt.keys-dir")
    String keysDir;

    @Inject
    @ConfigProperty(name = "cartera.jwt.jwks-file")
    String jwksFile;

    @Inject
    @ConfigProperty(name = "cartera.auth.lockout.max-failures", defaultValue = "5")
    int lockoutMaxFailures;

    @Inject
    @ConfigProperty(name = "cartera.auth.lockout.window", defaultValue = "PT15M")
    Duration lockoutWindow;

    @Inject
    @ConfigProperty(name = "cartera.auth.lockout.duration", defaultValue = "PT15M")
    Duration lockoutDuration;

    @Inject
    @ConfigProperty(name = "cartera.auth.pbkdf2.iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "cartera.auth.max-concurrent-hashes", defaultValue = "2")
    int maxConcurrentHashes;

    @Inject
    @ConfigProperty(name = "cartera.auth.hash-wait", defaultValue = "PT0.5S")
    Duration hashWait;

    public String issuer() {
        return issuer;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public SessionPolicy sessionPolicy() {
        return new SessionPolicy(tokenLifetime, maxSession);
    }

    public Path keysDir() {
        return Path.of(keysDir);
    }

    public Path jwksFile() {
        return Path.of(jwksFile);
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(lockoutMaxFailures, lockoutWindow, lockoutDuration);
    }

    public int maxConcurrentHashes() {
        return maxConcurrentHashes;
    }

    public Duration hashWait() {
        return hashWait;
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }
}
