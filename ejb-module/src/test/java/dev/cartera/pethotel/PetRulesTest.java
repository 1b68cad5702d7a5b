package dev.cartera.pethotel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InvalidInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetRulesTest {

    @Test
    void petIdsAre32LowercaseHexDigits() {
        assertTrue(PetRules.isPetId("b7681b0ee1bd455b81ecb4e46a2f4346"));
        assertFalse(PetRules.isPetId("B7681B0EE1BD455B81ECB4E46A2F4346"));
        assertFalse(PetRules.isPetId("b7681b0ee1bd455b81ecb4e46a2f434"));
        assertFalse(PetRules.isPetId("b7681b0e-e1bd-455b-81ec-b4e46a2f4346"));
        assertFalse(PetRules.isPetId(null));
        for (int i = 0; i < 100; i++) {
            assertTrue(PetRules.isPetId(PetRules.newPetId()));
        }
    }

    @Test
    void birthYearsRunFrom1990ToThisYear() {
        assertEquals(1990, PetRules.check(new PetDetails("Rex", "Eva", "Boxer", 1990), 2026).birthYear());
        assertEquals(2026, PetRules.check(new PetDetails("Rex", "Eva", "Boxer", 2026), 2026).birthYear());
        assertEquals(List.of("data_nascimento"), fields(new PetDetails("Rex", "Eva", "Boxer", 1989)));
        assertEquals(List.of("data_nascimento"), fields(new PetDetails("Rex", "Eva", "Boxer", 2027)));
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertEquals(List.of("nome_pet", "dono", "raca", "data_nascimento"), fields(new PetDetails(" ", null, "", null)));
        assertEquals(List.of("raca"), fields(new PetDetails("Rex", "Eva", "x".repeat(101), 2020)));
        assertEquals("Rex", PetRules.check(new PetDetails("  Rex ", "Eva", "Boxer", 2020), 2026).name());
    }

    @Test
    void theShippedRegisterReadsAndValidates() throws Exception {
        List<PetRegister.Row> rows = PetRegister.shipped();
        assertEquals(10, rows.size());
        rows.forEach(row -> {
            assertTrue(PetRules.isPetId(row.petId()), row.petId());
            PetRules.check(row.details(), 2026);
        });
        assertEquals("Júlia", rows.get(6).details().owner());
        assertEquals(2012, PetRegister.read(new StringReader("petId,nome_pet,dono,raca,data_nascimento\n"
                + "7374ff9268ed4bb0a3e643e9f846611f,Lola,Benjamim,Rottweiler,2012\n")).get(0).details().birthYear());
    }

    @Test
    void problemsCarryStableCodesAndTheirArgumentsForTheConsole() {
        var problems = assertThrows(InvalidInputException.class, () -> PetRules.check(
                new PetDetails(null, "x".repeat(101), "Boxer", 1989), 2026)).problems();
        assertEquals(List.of("REQUIRED", "TOO_LONG", "YEAR_OUT_OF_RANGE"),
                problems.stream().map(InvalidInputException.FieldProblem::code).toList());
        assertEquals(List.of(100), problems.get(1).arguments());
        assertEquals(List.of(1990, 2026, 1989), problems.get(2).arguments());
        // the API's English sentence is unchanged
        assertEquals("must be a year from 1990 to 2026; got 1989", problems.get(2).message());
    }

    private static List<String> fields(PetDetails details) {
        return assertThrows(InvalidInputException.class, () -> PetRules.check(details, 2026)).problems().stream()
                .map(InvalidInputException.FieldProblem::field).toList();
    }
}
