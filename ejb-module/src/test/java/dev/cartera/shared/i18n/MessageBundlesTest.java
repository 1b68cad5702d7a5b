package dev.cartera.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text the console shows exists in both languages, and every pattern with arguments is one MessageFormat reads. */
class MessageBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Properties spanish = load("es");
        Properties english = load("en");
        Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
        onlySpanish.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(spanish.stringPropertyNames());
        assertEquals(Set.of(), onlySpanish, "in Spanish only");
        assertEquals(Set.of(), onlyEnglish, "in English only");
    }

    @Test
    void everyPatternWithArgumentsParsesAndTakesTheSameArgumentsInBothLanguages() throws IOException {
        List<String> wrong = new ArrayList<>();
        Properties spanish = load("es");
        Properties english = load("en");
        for (String key : spanish.stringPropertyNames()) {
            String es = spanish.getProperty(key);
            String en = english.getProperty(key, "");
            if (!es.contains("{") || key.startsWith("jakarta.faces.")) {
                continue;
            }
            try {
                int esArguments = new MessageFormat(es, Locale.of("es")).getFormatsByArgumentIndex().length;
                int enArguments = new MessageFormat(en, Locale.ENGLISH).getFormatsByArgumentIndex().length;
                if (esArguments != enArguments) {
                    wrong.add(key + ": " + esArguments + " arguments in Spanish, " + enArguments + " in English");
                }
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Pages show a text without arguments as it is written (no MessageFormat), so a doubled quote there would show as
     * two quotes; one with arguments must double its quotes. Either way, no text may have both kinds.
     */
    @Test
    void quotesAreDoubledExactlyWhereMessageFormatReadsTheText() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = text.contains("{");
                if (!formatted && text.contains("''")) {
                    wrong.add(language + " " + key + ": '' in a text shown as written");
                }
                if (formatted && text.replace("''", "").contains("'") && !key.startsWith("jakarta.faces.")) {
                    wrong.add(language + " " + key + ": a single ' that MessageFormat would swallow");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dev/cartera/shared/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
