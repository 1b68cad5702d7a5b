package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three steps of reading a header, with a stand-in for the model so each rule shows on its own. */
class ColumnMapperTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("documentNumber", 20, "documento", "identificación"),
            ImportColumn.optional("email", 100, "correo").holding(ValueShape.EMAIL),
            ImportColumn.optional("phone", 40, "teléfono"));

    /** Scores a header by a fixed table, as a model would. */
    private static HeaderSemantics table(Map<String, Map<String, Double>> scores) {
        return (header, samples, candidates) -> scores.getOrDefault(header, Map.of()).entrySet().stream()
                .filter(e -> candidates.stream().anyMatch(c -> c.key().equals(e.getKey())))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void aliasesOnlyLeaveUnseenHeadersUnmapped() {
        ColumnPlan plan = new ColumnMapper(HeaderSemantics.NONE, 0.6)
                .plan(List.of("Identificación", "Contacto"), List.of(), COLUMNS, Map.of());
        assertEquals(ColumnSource.ALIAS, plan.columns().get(0).source());
        assertEquals(1.0, plan.columns().get(0).confidence());
        assertEquals(ColumnSource.UNMAPPED, plan.columns().get(1).source());
        assertEquals(Map.of("documentNumber", 0), plan.positions(true));
    }

    @Test
    void aSuggestionCountsOnlyWhenAccepted() {
        ColumnPlan plan = new ColumnMapper(table(Map.of("Contacto", Map.of("email", 0.8, "phone", 0.4))), 0.6)
                .plan(List.of("Documento", "Contacto"), List.of(), COLUMNS, Map.of());
        ColumnMatch contacto = plan.columns().get(1);
        assertEquals(ColumnSource.SUGGESTED, contacto.source());
        assertEquals("email", contacto.field());
        assertEquals(List.of(new FieldScore("phone", 0.4)), contacto.alternatives());
        assertEquals(Map.of("documentNumber", 0), plan.positions(false));
        assertEquals(Map.of("documentNumber", 0, "email", 1), plan.positions(true));
        assertEquals("'Contacto' → email (0.80)", plan.pendingSuggestions());
    }

    @Test
    void belowTheThresholdASuggestionIsOnlyAnAlternative() {
        ColumnPlan plan = new ColumnMapper(table(Map.of("Contacto", Map.of("email", 0.55))), 0.6)
                .plan(List.of("Contacto"), List.of(), COLUMNS, Map.of());
        assertEquals(ColumnSource.UNMAPPED, plan.columns().getFirst().source());
        assertEquals(List.of(new FieldScore("email", 0.55)), plan.columns().getFirst().alternatives());
        assertEquals("'Contacto' → email (0.55)", plan.pendingSuggestions());
    }

    @Test
    void twoFieldsAlmostEquallyLikelyAreNotSuggested() {
        ColumnPlan plan = new ColumnMapper(table(Map.of("Contacto", Map.of("email", 0.8, "phone", 0.78))), 0.6)
                .plan(List.of("Contacto"), List.of(), COLUMNS, Map.of());
        assertEquals(ColumnSource.UNMAPPED, plan.columns().getFirst().source());
        assertEquals(2, plan.columns().getFirst().alternatives().size());
    }

    @Test
    void aFieldGoesToTheHeaderThatFitsItBest() {
        ColumnPlan plan = new ColumnMapper(table(Map.of("Mail", Map.of("email", 0.7), "E-mail personal",
                Map.of("email", 0.9))), 0.6).plan(List.of("Mail", "E-mail personal"), List.of(), COLUMNS, Map.of());
        assertEquals(ColumnSource.UNMAPPED, plan.columns().get(0).source());
        assertEquals("email", plan.columns().get(1).field());
    }

    @Test
    void theMappingOverridesAliasesAndCanSkipAColumn() {
        ColumnPlan plan = new ColumnMapper(HeaderSemantics.NONE, 0.6).plan(List.of("Documento", "Correo", "Teléfono"),
                List.of(), COLUMNS, Map.of("documento", "phone", "TELEFONO", "", "Correo", "documentNumber"));
        assertEquals(ColumnSource.MAPPING, plan.columns().get(0).source());
        assertEquals(Map.of("phone", 0, "documentNumber", 1), plan.positions(false));
        assertEquals(ColumnSource.UNMAPPED, plan.columns().get(2).source());
    }

    @Test
    void valuesNameADistinctiveField() {
        ColumnPlan plan = new ColumnMapper(new SemanticHeaderMatcher(null), 0.6).plan(List.of("Columna 7"),
                List.of(List.of("ana@example.com", "jose@example.ec", "luis@example.org")), COLUMNS, Map.of());
        assertEquals("email", plan.columns().getFirst().field());
        assertTrue(plan.columns().getFirst().confidence() >= 0.75);
    }

    @Test
    void aMappingIsAJsonObjectOfKnownFields() {
        assertEquals(Map.of("Cédula", "documentNumber", "Notas", ""),
                ColumnJson.parseMapping("{\"Cédula\": \"DOCUMENTNUMBER\", \"Notas\": null}", COLUMNS));
        InvalidInputException notJson = assertThrows(InvalidInputException.class,
                () -> ColumnJson.parseMapping("{Cédula: documentNumber", COLUMNS));
        assertEquals("MAPPING_NOT_JSON", notJson.problems().getFirst().code());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> ColumnJson.parseMapping("{\"Cédula\": \"idNumber\"}", COLUMNS));
        assertEquals("MAPPING_UNKNOWN_FIELD", unknown.problems().getFirst().code());
        assertTrue(unknown.problems().getFirst().message().contains("documentNumber, email, phone"));
    }

    @Test
    void aPlanSurvivesItsJson() {
        ColumnPlan plan = new ColumnMapper(table(Map.of("Contacto", Map.of("email", 0.8, "phone", 0.4))), 0.6)
                .plan(List.of("Documento", "Contacto", "Notas"), List.of(), COLUMNS, Map.of());
        assertEquals(plan, ColumnJson.planFromJson(ColumnJson.planToJson(plan)));
    }
}
