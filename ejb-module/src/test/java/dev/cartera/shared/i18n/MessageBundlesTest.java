package dev.cartera.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text people read exists in both languages, every pattern with arguments is one MessageFormat reads, and every
 * key the code names has a text.
 */
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

    /**
     * Every key the code names literally ({@code Message.of("problem.x")}, {@code ConflictException.of(...)}, a rule's
     * {@code FieldProblem.of(field, "CODE", ...)}) has a text: a missing one would show its key to a user.
     */
    @Test
    void everyKeyAndRuleCodeTheCodeNamesHasAText() throws IOException {
        Properties spanish = load("es");
        Pattern literalKey = Pattern.compile("(?:(?:Message|ConflictException)\\.of\\("
                + "|(?:InvalidFilterException|InvalidParameterException)\\.of\\((?:\"[^\"]*\"|[^\"(),]+), )"
                + "\"([a-zA-Z][\\w.]+)\"");
        Pattern ruleCode = Pattern.compile("FieldProblem\\.of\\([^,]+, \"([A-Z_]+)\"");
        Set<String> missing = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("../web-module/src/main/java"))
                .filter(Files::isDirectory).flatMap(MessageBundlesTest::javaFiles)) {
            sources = files.toList();
        }
        assertTrue(sources.size() > 100, "the sources are found from the module's directory");
        for (Path source : sources) {
            String code = Files.readString(source);
            Matcher keys = literalKey.matcher(code);
            while (keys.find()) {
                // a literal ending in a dot is the prefix of a key computed at run time ("record." + kind)
                if (!keys.group(1).endsWith(".") && !spanish.containsKey(keys.group(1))) {
                    missing.add(keys.group(1) + " (" + source.getFileName() + ")");
                }
            }
            Matcher codes = ruleCode.matcher(code);
            while (codes.find()) {
                if (!codes.group(1).endsWith("_") && !spanish.containsKey("field.problem." + codes.group(1))) {
                    missing.add("field.problem." + codes.group(1) + " (" + source.getFileName() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dev/cartera/shared/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
