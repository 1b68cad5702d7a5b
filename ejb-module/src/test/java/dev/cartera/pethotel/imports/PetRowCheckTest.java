package dev.cartera.pethotel.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cartera.imports.HeaderMatcher;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ImportRows;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.ValidationCode;
import dev.cartera.pethotel.PetDetails;
import dev.cartera.pethotel.PetRegister;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The pets rows: the register's own file, other spellings of its headers, petIds and birth years. */
class PetRowCheckTest {

    private static final int THIS_YEAR = 2026;
    private static final List<String> REGISTER = List.of("petId", "nome_pet", "dono", "raca", "data_nascimento");

    @Test
    void aRowOfTheRegister() {
        PetRegister.Row row = accepted(row(REGISTER, "b7681b0ee1bd455b81ecb4e46a2f4346", "Duke", "Miguel",
                "Labrador Retriever", "2018"));
        assertEquals("b7681b0ee1bd455b81ecb4e46a2f4346", row.petId());
        assertEquals(new PetDetails("Duke", "Miguel", "Labrador Retriever", 2018), row.details());
    }

    @Test
    void spanishAndEnglishHeadersMatchTheRegistersColumns() {
        assertEquals(Map.of("petId", 0, "nome_pet", 1, "dono", 2, "raca", 3, "data_nascimento", 4),
                HeaderMatcher.match(List.of("ID Mascota", "Nombre de la mascota", "Dueño", "Raza", "Fecha de nacimiento"),
                        PetColumns.ALL));
        assertEquals(Map.of("petId", 0, "nome_pet", 1, "dono", 2, "raca", 3, "data_nascimento", 4),
                HeaderMatcher.match(List.of("pet_id", "Pet name", "Owner", "Breed", "Birth year"), PetColumns.ALL));
    }

    @Test
    void aUuidWithDashesOrCapitalsIsTheSamePetId() {
        assertEquals("b7681b0ee1bd455b81ecb4e46a2f4346", accepted(row(REGISTER, "B7681B0E-E1BD-455B-81EC-B4E46A2F4346",
                "Duke", "Miguel", "Labrador", "2018")).petId());
        rejected(row(REGISTER, "b7681b0ee1bd455b81ecb4e46a2f434", "Duke", "Miguel", "Labrador", "2018"),
                "petId", ValidationCode.WRONG_TYPE);
        rejected(row(REGISTER, "z7681b0ee1bd455b81ecb4e46a2f4346", "Duke", "Miguel", "Labrador", "2018"),
                "petId", ValidationCode.WRONG_TYPE);
    }

    @Test
    void theBirthYearIsAYearOrTheYearOfADate() {
        assertEquals(OptionalInt.of(2018), PetRowCheck.year("2018"));
        assertEquals(OptionalInt.of(2018), PetRowCheck.year("2018.0"));
        assertEquals(OptionalInt.of(2018), PetRowCheck.year("2018-05-31"));
        assertEquals(OptionalInt.of(2018), PetRowCheck.year("31/05/2018"));
        assertEquals(OptionalInt.empty(), PetRowCheck.year("31/13/2018"));
        assertEquals(OptionalInt.empty(), PetRowCheck.year("dos mil"));
        assertEquals(OptionalInt.empty(), PetRowCheck.year("18"));
        rejected(row(REGISTER, "6c8ed99cbde949ba8070368fbbf8c5fe", "Jack", "Pedro", "Beagle", "2019?"),
                "data_nascimento", ValidationCode.WRONG_TYPE);
    }

    @Test
    void aBirthYearBefore1990OrAfterThisYearIsOutOfRange() {
        accepted(row(REGISTER, "6c8ed99cbde949ba8070368fbbf8c5fe", "Jack", "Pedro", "Beagle", "1990"));
        accepted(row(REGISTER, "6c8ed99cbde949ba8070368fbbf8c5fe", "Jack", "Pedro", "Beagle", "2026"));
        rejected(row(REGISTER, "6c8ed99cbde949ba8070368fbbf8c5fe", "Jack", "Pedro", "Beagle", "1989"),
                "data_nascimento", ValidationCode.OUT_OF_RANGE);
        rejected(row(REGISTER, "6c8ed99cbde949ba8070368fbbf8c5fe", "Jack", "Pedro", "Beagle", "2027"),
                "data_nascimento", ValidationCode.OUT_OF_RANGE);
    }

    private static ImportRow row(List<String> header, String... values) {
        return ImportRows.row(header, PetColumns.ALL, values);
    }

    private static PetRegister.Row accepted(ImportRow row) {
        RowCheck<PetRegister.Row> check = PetRowCheck.check(row, THIS_YEAR);
        assertEquals(List.of(), row.issues());
        return (PetRegister.Row) assertInstanceOf(RowCheck.Accepted.class, check).value();
    }

    private static void rejected(ImportRow row, String column, ValidationCode code) {
        PetRowCheck.check(row, THIS_YEAR);
        ImportRows.assertOnlyIssue(row, column, code);
    }
}
