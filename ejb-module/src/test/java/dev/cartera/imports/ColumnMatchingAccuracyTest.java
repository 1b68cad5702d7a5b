package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.imports.CustomerDataset;
import dev.cartera.imports.embedding.MiniLmEmbedder;
import dev.cartera.lending.imports.LoanDataset;
import dev.cartera.pethotel.imports.PetDataset;
import dev.cartera.purchases.imports.PurchaseDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher on a labelled set of real-world headers (imports/labelled-headers.csv: dataset, header, the field it
 * means or nothing, and sometimes sample values). Each header is read alone, so every field is free for it.
 * Top-1 accuracy: the field the import would read the column as (an alias, or a suggestion at or above the
 * threshold; none otherwise) is the labelled one. Prints the figures for aliases only, words and values without
 * the model, and with the model.
 */
class ColumnMatchingAccuracyTest {

    private static final Map<String, List<ImportColumn>> DATASETS = Map.of(
            "customers", new CustomerDataset().columns(), "pets", new PetDataset().columns(),
            "loans", new LoanDataset().columns(), "purchases", new PurchaseDataset().columns());

    private static List<Labelled> set;
    private static double threshold;

    record Labelled(String dataset, String header, String expected, List<String> samples) {
    }

    record Result(int right, int wrongAboveThreshold, int total, List<String> misses) {
        double accuracy() {
            return (double) right / total;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ColumnMatchingAccuracyTest.class.getResourceAsStream("/imports/labelled-headers.csv");
             InputStream config = ColumnMatchingAccuracyTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            Properties properties = new Properties();
            properties.load(config);
            threshold = Double.parseDouble(properties.getProperty("cartera.imports.mapping.threshold"));
            set = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String samples = record.get("samples");
                set.add(new Labelled(record.get("dataset"), record.get("header"),
                        record.get("expected").isEmpty() ? null : record.get("expected"),
                        samples.isEmpty() ? List.of() : Arrays.asList(samples.split(";"))));
            }
        }
    }

    @Test
    void theSetIsLargeAndCoversEveryDataset() {
        assertTrue(set.size() >= 100, "labelled headers: " + set.size());
        for (Labelled labelled : set) {
            assertTrue(DATASETS.containsKey(labelled.dataset()), labelled.dataset());
            assertTrue(labelled.expected() == null || DATASETS.get(labelled.dataset()).stream()
                    .anyMatch(c -> c.key().equals(labelled.expected())), labelled.expected());
        }
    }

    @Test
    void aliasesAloneNeverGuess() {
        Result aliases = run(HeaderSemantics.NONE);
        report("aliases only", aliases);
        assertEquals(0, aliases.wrongAboveThreshold());
    }

    @Test
    void wordsAndValuesWithoutTheModel() {
        report("words and values, no model", run(new SemanticHeaderMatcher(null)));
    }

    /**
     * "Fecha de vencimiento" (a due date) was the one wrong suggestion, as a loan's startDate (0.70): the model finds
     * every "fecha de ..." alike and the values are dates either way; the start date's contrasts now keep it out.
     */
    @Test
    void theModelReadsNineInTenAndSuggestsNoWrongField() {
        Result model = run(new SemanticHeaderMatcher(new MiniLmEmbedder()));
        report("with the model", model);
        assertEquals(0, model.wrongAboveThreshold(), "wrong suggestions above the threshold: " + model.misses());
        assertTrue(model.accuracy() >= 0.9, "top-1 accuracy " + model.accuracy() + "; misses: " + model.misses());
    }

    private static Result run(HeaderSemantics semantics) {
        return run(semantics, threshold, true);
    }

    private static Result run(HeaderSemantics semantics, double threshold, boolean withValues) {
        ColumnMapper mapper = new ColumnMapper(semantics, threshold);
        int right = 0;
        int wrong = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled labelled : set) {
            ColumnMatch match = mapper.plan(List.of(labelled.header()), List.of(withValues ? labelled.samples() : List.of()),
                    DATASETS.get(labelled.dataset()), Map.of()).columns().getFirst();
            String read = match.applied(true) ? match.field() : null;
            if (java.util.Objects.equals(read, labelled.expected())) {
                right++;
                if (match.source() == ColumnSource.SUGGESTED && System.getProperty("matching.verbose") != null) {
                    System.out.printf(Locale.ROOT, "    right %.3f %s%n", match.confidence(), labelled.header());
                }
            } else {
                if (read != null) {
                    wrong++;
                }
                misses.add(String.format(Locale.ROOT, "%s '%s' want %s got %s (%.2f) alts %s", labelled.dataset(),
                        labelled.header(), labelled.expected(), read, match.confidence(), match.alternatives()));
            }
        }
        return new Result(right, wrong, set.size(), misses);
    }

    /** The figures at other thresholds, and without the values, to choose the threshold by (-Dmatching.sweep). */
    @Test
    void sweep() {
        if (System.getProperty("matching.sweep") == null) {
            return;
        }
        SemanticHeaderMatcher model = new SemanticHeaderMatcher(new MiniLmEmbedder());
        for (boolean values : List.of(true, false)) {
            for (double t = 0.5; t <= 0.801; t += 0.025) {
                Result result = run(model, t, values);
                System.out.printf(Locale.ROOT, "[sweep] values=%s threshold=%.3f top-1 %.1f %% wrong %d%n", values, t,
                        100 * result.accuracy(), result.wrongAboveThreshold());
            }
        }
    }

    private static void report(String name, Result result) {
        System.out.printf(Locale.ROOT, "[column matching] %-28s top-1 %d/%d = %.1f %%, wrong suggestions above %.2f: %d%n",
                name, result.right(), result.total(), 100 * result.accuracy(), threshold, result.wrongAboveThreshold());
        result.misses().forEach(miss -> System.out.println("    " + miss));
    }
}
