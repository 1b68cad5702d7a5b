package dev.cartera.web.console;

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

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
