package dev.cartera.web.http;

import dev.cartera.shared.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The language an API answer is written in: what {@code Accept-Language} asks for among Spanish and English, else
 * {@code cartera.language.default} (Spanish unless configured). Codes and JSON names never depend on it.
 */
public final class RequestLanguage {

    public static final String DEFAULT_KEY = "cartera.language.default";

    private static volatile Locale configuredDefault;

    private RequestLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        return Languages.choose(request == null ? null : request.getHeader("Accept-Language"), defaultLanguage());
    }

    public static Locale defaultLanguage() {
        Locale language = configuredDefault;
        if (language == null) {
            language = Languages.named(ConfigProvider.getConfig().getOptionalValue(DEFAULT_KEY, String.class).orElse("es"));
            configuredDefault = language;
        }
        return language;
    }
}
