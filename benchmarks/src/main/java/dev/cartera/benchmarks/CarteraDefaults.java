package dev.cartera.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;

/**
 * The defaults the server runs with, read from the EJB jar's {@code microprofile-config.properties}, so that
 * a benchmark measures the configured token lifetime, hash iterations or part size rather than a copy of them
 * that could drift.
 */
public final class CarteraDefaults {

    private static final String RESOURCE = "META-INF/microprofile-config.properties";
    /** Tells the EJB module's file apart from any other library's file of the same name. */
    private static final String MARKER_KEY = "cartera.jwt.issuer";

    private final Properties properties;

    private CarteraDefaults(Properties properties) {
        this.properties = properties;
    }

    public static CarteraDefaults load() {
        try {
            for (URL url : Collections.list(CarteraDefaults.class.getClassLoader().getResources(RESOURCE))) {
                Properties candidate = new Properties();
                try (InputStream in = url.openStream()) {
                    candidate.load(in);
                }
                if (candidate.containsKey(MARKER_KEY)) {
                    return new CarteraDefaults(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        throw new IllegalStateException("no " + RESOURCE + " with " + MARKER_KEY + " on the class path: "
                + "is the cartera-ejb jar missing?");
    }

    public String text(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " has no default in " + RESOURCE);
        }
        return value.trim();
    }

    public int integer(String key) {
        return Integer.parseInt(text(key));
    }

    public long longInteger(String key) {
        return Long.parseLong(text(key));
    }
}
