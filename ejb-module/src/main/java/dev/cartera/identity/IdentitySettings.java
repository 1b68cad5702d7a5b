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
    @ConfigProperty(name = "cartera.auth.throttle.account-client.free-failures", defaultValue = "5")
    int accountClientFreeFailures;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.account-client.max-delay", defaultValue = "PT15M")
    Duration accountClientMaxDelay;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.client.free-failures", defaultValue = "30")
    int clientFreeFailures;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.client.max-delay", defaultValue = "PT15M")
    Duration clientMaxDelay;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.account.free-failures", defaultValue = "100")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.account.max-delay", defaultValue = "PT30S")
    Duration accountMaxDelay;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.base-delay", defaultValue = "PT1S")
    Duration throttleBaseDelay;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.forget-after", defaultValue = "PT1H")
    Duration throttleForgetAfter;

    @Inject
    @ConfigProperty(name = "cartera.auth.throttle.known-client-for", defaultValue = "P30D")
    Duration knownClientFor;

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

    public LoginThrottlePolicy loginThrottlePolicy() {
        return new LoginThrottlePolicy(
                new ThrottleRule(accountClientFreeFailures, throttleBaseDelay, accountClientMaxDelay, throttleForgetAfter),
                new ThrottleRule(clientFreeFailures, throttleBaseDelay, clientMaxDelay, throttleForgetAfter),
                new ThrottleRule(accountFreeFailures, throttleBaseDelay, accountMaxDelay, throttleForgetAfter),
                knownClientFor);
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
