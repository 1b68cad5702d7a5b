package dev.cartera.imports;

import dev.cartera.shared.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Scores an unseen header against each field by three signals: how close its words are to the field's names and
 * descriptions (shared words, shared letter trigrams: "Nombre Fantasía" against "nome fantasia"), how close its
 * meaning is by a sentence-embedding model (when one is given), and whether the column's values look like the
 * field's ({@link ValueShape}). The field's score is its best text's, moved by the values.
 */
public final class SemanticHeaderMatcher implements HeaderSemantics {

    /** Taken off when the field expects a shape the values do not have. */
    static final double SHAPE_MISFIT = 0.15;
    /** Added when the values look like the field's: a tie-breaker, since many fields share a shape. */
    static final double SHAPE_FIT = 0.05;
    /** The least score of the one free field that expects a distinctive shape the values all have. */
    static final double DISTINCTIVE_FLOOR = 0.75;

    /** What is left of a field's score when the header is closer to what the field must not be taken for. */
    static final double CONTRAST_PENALTY = 0.5;

    /** Shared trigrams say less than shared words: "prenome" and "sobrenome" share most of theirs. */
    static final double TRIGRAM_WEIGHT = 0.9;

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-./'\"()#:]+");

    /** Articles, prepositions and words every dataset's fields share ("número de...", "...del cliente"). */
    private static final Set<String> FILLERS = Set.of("de", "del", "la", "el", "los", "las", "do", "da", "dos", "das",
            "of", "the", "y", "e", "and", "en", "em", "a", "o", "para", "por", "nro", "no", "n", "nº", "num", "numero",
            "number", "cliente", "client", "customer", "socio");

    private final TextEmbedder embedder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    /** @param embedder the model, or null for words and values only */
    public SemanticHeaderMatcher(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Map<String, Double> score(String header, List<String> samples, List<ImportColumn> candidates) {
        String text = words(header);
        if (text.isEmpty()) {
            return Map.of();
        }
        Map<ImportColumn, List<String>> textsByColumn = new HashMap<>();
        Set<String> allTexts = new LinkedHashSet<>();
        allTexts.add(text);
        for (ImportColumn column : candidates) {
            List<String> texts = texts(column);
            textsByColumn.put(column, texts);
            allTexts.addAll(texts);
        }
        Set<String> contrasts = new LinkedHashSet<>();
        candidates.forEach(column -> column.contrasts().forEach(contrast -> contrasts.add(words(contrast))));
        Set<String> embedded = new LinkedHashSet<>(allTexts);
        embedded.addAll(contrasts);
        embedMissing(embedded);
        double baseline = baseline(text, allTexts);
        Set<ValueShape> shapes = ValueShape.of(samples);
        Map<String, Double> scores = new HashMap<>();
        for (ImportColumn column : candidates) {
            double best = 0;
            for (String fieldText : textsByColumn.get(column)) {
                best = Math.max(best, likeness(text, fieldText, baseline));
            }
            double closestContrast = 0;
            for (String contrast : column.contrasts()) {
                closestContrast = Math.max(closestContrast, likeness(text, words(contrast), baseline));
            }
            if (closestContrast >= best && closestContrast > 0) {
                best *= CONTRAST_PENALTY;
            }
            scores.put(column.key(), withValues(best, column, shapes, candidates));
        }
        return scores;
    }

    /** The better of the two text signals: shared words and trigrams, or meaning above the model's baseline. */
    private double likeness(String header, String text, double baseline) {
        double meaning = (meaning(header, text) - baseline) / (1 - baseline);
        return Math.max(lexical(header, text), meaning);
    }

    /** The header as words: folded, camelCase and separators split ("Razão_Social" → "razao social"). */
    static String words(String header) {
        String split = CAMEL.matcher(header == null ? "" : header.replace("\uFEFF", "")).replaceAll(" ");
        return SEPARATORS.matcher(TextFolding.fold(split)).replaceAll(" ").strip();
    }

    private static List<String> texts(ImportColumn column) {
        List<String> texts = new ArrayList<>();
        texts.add(words(column.key()));
        column.aliases().forEach(alias -> texts.add(words(alias)));
        column.descriptions().forEach(description -> texts.add(words(description)));
        return texts.stream().filter(t -> !t.isEmpty()).distinct().toList();
    }

    /**
     * How alike the model finds the header and texts in general: the mean likeness to all the fields' texts. The
     * model reads Spanish and Portuguese as "some Latin text" and finds any two such phrases fairly alike, so a
     * likeness counts only by how far it stands above this.
     */
    private double baseline(String header, Set<String> texts) {
        double sum = 0;
        int count = 0;
        for (String text : texts) {
            if (!text.equals(header)) {
                sum += meaning(header, text);
                count++;
            }
        }
        return count == 0 ? 0 : Math.min(0.9, Math.max(0, sum / count));
    }

    /** The larger of the shared-word and shared-trigram likeness, leaving out words that say nothing of a field. */
    static double lexical(String a, String b) {
        List<String> wordsA = meaningful(a);
        List<String> wordsB = meaningful(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        long shared = wordsA.stream().filter(wordsB::contains).count();
        double byWords = (double) shared / Math.max(wordsA.size(), wordsB.size());
        return Math.max(byWords, TRIGRAM_WEIGHT * trigramDice(String.join("", wordsA), String.join("", wordsB)));
    }

    private static List<String> meaningful(String text) {
        return Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty() && !FILLERS.contains(word)).distinct().toList();
    }

    private static double trigramDice(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        List<String> gramsA = trigrams(a);
        List<String> gramsB = new ArrayList<>(trigrams(b));
        if (gramsA.isEmpty() || gramsB.isEmpty()) {
            return 0;
        }
        int total = gramsA.size() + gramsB.size();
        int shared = 0;
        for (String gram : gramsA) {
            if (gramsB.remove(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / total;
    }

    private static List<String> trigrams(String s) {
        String padded = "^" + s + "$";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    private double meaning(String a, String b) {
        float[] va = vectors.get(a);
        float[] vb = vectors.get(b);
        if (va == null || vb == null) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < va.length; i++) {
            dot += va[i] * vb[i];
            normA += va[i] * va[i];
            normB += vb[i] * vb[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private void embedMissing(Set<String> texts) {
        if (embedder == null) {
            return;
        }
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i));
            }
        }
    }

    private static double withValues(double score, ImportColumn column, Set<ValueShape> shapes,
                                     List<ImportColumn> candidates) {
        if (shapes.isEmpty() || column.shapes().isEmpty()) {
            return clamp(score);
        }
        boolean fits = column.shapes().stream().anyMatch(shapes::contains);
        if (!fits) {
            return clamp(score - SHAPE_MISFIT);
        }
        boolean distinctive = column.shapes().stream().filter(shapes::contains).filter(ValueShape::distinctive)
                .anyMatch(shape -> candidates.stream().filter(c -> c.shapes().contains(shape)).count() == 1);
        return clamp(distinctive ? Math.max(score + SHAPE_FIT, DISTINCTIVE_FLOOR) : score + SHAPE_FIT);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }
}
