package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher's own rules, on words and values alone (no model): what a field must not be taken for. */
class SemanticHeaderMatcherTest {

    private static final ImportColumn START = ImportColumn.required("startDate", 20, "fecha de inicio")
            .describedAs("fecha del desembolso").holding(ValueShape.DATE);
    private static final SemanticHeaderMatcher WORDS = new SemanticHeaderMatcher(null);
    private static final List<String> DATES = List.of("2027-01-15", "2028-02-01");

    @Test
    void aHeaderCloserToAContrastThanToTheFieldKeepsHalfItsScore() {
        double plain = score(START, "Fecha de vencimiento");
        double contrasted = score(START.contrastedWith("fecha de vencimiento", "due date"), "Fecha de vencimiento");

        assertTrue(plain > 0, "the words and the dates alone make it a candidate");
        assertEquals(plain * SemanticHeaderMatcher.CONTRAST_PENALTY, contrasted, 0.06,
                "halved, the values' small fit aside");
    }

    @Test
    void aHeaderCloserToTheFieldKeepsItsScoreWhateverTheContrasts() {
        ImportColumn contrasted = START.contrastedWith("fecha de vencimiento");

        assertEquals(score(START, "Fecha de inicio del préstamo"), score(contrasted, "Fecha de inicio del préstamo"));
    }

    private static double score(ImportColumn column, String header) {
        Map<String, Double> scores = WORDS.score(header, DATES, List.of(column));
        return scores.getOrDefault(column.key(), 0.0);
    }
}
