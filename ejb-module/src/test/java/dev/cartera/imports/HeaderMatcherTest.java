package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.optional("legalName", 200, "razón social", "razao social"),
            ImportColumn.optional("phone", 40, "teléfono", "telefone"));

    @Test
    void caseAccentsSpacesAndUnderscoresDoNotMatter() {
        for (String header : List.of("Razón Social", "razon_social", "RAZON  SOCIAL", "legal_name", "LegalName",
                "Razão Social", "\uFEFFrazón social")) {
            assertEquals(Map.of("legalName", 0), HeaderMatcher.match(List.of(header), COLUMNS), header);
        }
    }

    @Test
    void unknownHeadersAreIgnoredAndTheFirstOfTwoSpellingsWins() {
        assertEquals(Map.of("phone", 1), HeaderMatcher.match(List.of("id", "Teléfono", "phone"), COLUMNS));
    }
}
