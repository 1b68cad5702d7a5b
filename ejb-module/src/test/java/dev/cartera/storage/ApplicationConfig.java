package dev.cartera.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The application's own microprofile-config.properties with a few keys overridden, as the container would
 * see them, so that tests catch a key the code reads but the file forgets. Enough of MicroProfile Config for
 * the storage code: plain values, {@code ${key}} expressions and the types it asks for.
 */
final class ApplicationConfig implements Config {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> values = new HashMap<>();

    ApplicationConfig(Map<String, String> overrides) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        defaults.stringPropertyNames().forEach(key -> values.put(key, defaults.getProperty(key)));
        values.putAll(overrides);
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException("No value for " + name));
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.ofNullable(values.get(name)).map(this::expand).map(value -> convert(value, type));
    }

    private String expand(String value) {
        Matcher expression = EXPRESSION.matcher(value);
        return expression.replaceAll(match -> Matcher.quoteReplacement(getValue(match.group(1), String.class)));
    }

    private static <T> T convert(String value, Class<T> type) {
        Object converted;
        if (type == String.class) {
            converted = value;
        } else if (type == Boolean.class) {
            converted = List.of("true", "1", "yes", "y", "on").contains(value.toLowerCase());
        } else if (type == Long.class) {
            converted = Long.valueOf(value);
        } else if (type == Integer.class) {
            converted = Integer.valueOf(value);
        } else if (type == URI.class) {
            converted = URI.create(value);
        } else {
            throw new UnsupportedOperationException("No converter to " + type);
        }
        return type.cast(converted);
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
