package dev.cartera.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Cartera speaks, and the choice of one from what a client asks for. */
public final class Languages {

    public static final Locale SPANISH = Locale.of("es");
    public static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

    private Languages() {
    }

    /**
     * @param acceptLanguage an HTTP {@code Accept-Language} value ({@code en-US,en;q=0.9,es;q=0.5}), possibly null
     *                       or malformed
     * @param fallback       the language when the header names none Cartera speaks
     */
    public static Locale choose(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale chosen = Locale.lookup(ranges, SUPPORTED);
            return chosen != null ? chosen : fallback;
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    /** The supported language of {@code locale} ({@code es-CO} is Spanish), Spanish for any other. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale language : SUPPORTED) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return SPANISH;
    }

    /** A configured language name ({@code es}, {@code en}), Spanish when it names none Cartera speaks. */
    public static Locale named(String name) {
        return supported(name == null ? null : Locale.forLanguageTag(name.trim()));
    }
}
