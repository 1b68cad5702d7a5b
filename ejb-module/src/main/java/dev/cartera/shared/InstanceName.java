package dev.cartera.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's name among the instances that share one database: who holds a job's lease. It must differ between
 * instances that run at the same time and stay the same across one instance's restarts, so that a start can tell
 * its own interrupted work (failed at once) from another live instance's (left alone). {@code cartera.instance.name},
 * else the host name: one per container, and per machine when each runs one instance.
 */
@ApplicationScoped
public class InstanceName {

    /** The longest name a lease column holds. */
    public static final int MAX_LENGTH = 64;

    @Inject
    @ConfigProperty(name = "cartera.instance.name")
    Optional<String> configured;

    private String name;

    public static InstanceName of(String name) {
        InstanceName instance = new InstanceName();
        instance.name = checked(name);
        return instance;
    }

    @PostConstruct
    void resolve() {
        name = checked(configured.filter(value -> !value.isBlank()).orElseGet(InstanceName::hostName));
    }

    public String get() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String checked(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cartera.instance.name must have 1 to " + MAX_LENGTH
                    + " characters, not '" + trimmed + "'");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return name;
    }
}
