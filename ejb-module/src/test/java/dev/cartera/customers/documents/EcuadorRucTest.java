package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.RUC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcuadorRucTest {

    @ParameterizedTest
    @CsvSource({
        "1714307103001, PERSON, 17", // natural person
        "1790011674001, COMPANY, 17", // private companies
        "1792060346001, COMPANY, 17",
        "0190115798001, COMPANY, 01",
        "1760001550001, COMPANY, 17", // public entities
        "0160000510001, COMPANY, 01", // its remainder is 10: check digit 1
        "1714307103002, PERSON, 17", // a second establishment
        "1790011674123, COMPANY, 17",
        "1760001550012, COMPANY, 17"})
    void acceptsValidRucsOfEachKind(String number, CustomerKind kind, String province) {
        assertValid(RUC, number, number, kind, province);
    }

    @Test
    void aRucOfSomeoneRegisteredAbroadHasNoProvince() {
        assertEquals(Optional.empty(), assertValid(RUC, "3012345678001").provinceCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1714307103-001", "17.143.071.03-001", " 1714307103 001 ", "1714307103/001"})
    void ignoresDotsDashesSlashesAndSpaces(String raw) {
        assertEquals("1714307103001", assertValid(RUC, raw).number());
    }

    @Test
    void neverTakesACedulaForARuc() {
        DocumentCheck.Invalid refused = assertRefused(RUC, "1714307103", DocumentProblem.CEDULA_AS_RUC);
        assertEquals("1714307103 is a 10-digit cédula (CI), not a 13-digit RUC; send it as documentType CI, "
                + "or add the establishment number", refused.message());
        assertTrue(refused.problem().isTypeMismatch());
        assertRefused(RUC, " 06.029.109-45", DocumentProblem.CEDULA_AS_RUC);
    }

    @Test
    void anInvalid10DigitNumberIsJustTheWrongLength() {
        String message = assertRefused(RUC, "1714307104", DocumentProblem.WRONG_LENGTH).message();
        assertEquals("1714307104 has 10 digits; a RUC has 13", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1763154690001 | for a public entity (third digit 6) the 9th digit must match the mod-11 check",
        "0190115799001 | for a private company (third digit 9) the 10th digit must match the mod-11 check",
        "1714307104001 | for a natural person (third digit 0 to 5) the 10th digit must match the mod-10 cédula"})
    void refusesAWrongCheckDigitNamingTheKindItWasReadAs(String number, String rule) {
        String message = assertRefused(RUC, number, DocumentProblem.BAD_CHECK_DIGIT).message();
        assertTrue(message.startsWith(number + " fails the RUC check digit: " + rule), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0926687856000 | 000 | the last 3 digits of the RUC of a natural person | 001",
        "1790011674000 | 000 | the last 3 digits of the RUC of a private company | 001",
        "1760001550000 | 0000 | the last 4 digits of the RUC of a public entity | 0001"})
    void refusesEstablishmentZero(String number, String establishment, String rule, String first) {
        String message = assertRefused(RUC, number, DocumentProblem.BAD_ESTABLISHMENT).message();
        assertEquals(number + " has establishment number " + establishment + "; " + rule
                + " are an establishment number, which starts at " + first + " (the main office)", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1774307103001", "1784307103001"})
    void refusesThirdDigits7And8(String number) {
        String message = assertRefused(RUC, number, DocumentProblem.BAD_THIRD_DIGIT).message();
        assertTrue(message.endsWith("the third digit of a RUC is 0 to 5 (natural person), 6 (public entity) "
                + "or 9 (private company)"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2590011674001", "2990011674001", "3190011674001", "0090011674001"})
    void refusesNumbersThatDoNotStartWithAProvinceCode(String number) {
        assertRefused(RUC, number, DocumentProblem.BAD_PROVINCE);
    }
}
