package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.CI;
import static dev.cartera.customers.documents.DocumentTypeCode.PASSPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerKind;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumbersTest {

    @ParameterizedTest
    @EnumSource(DocumentTypeCode.class)
    void nullBlankOrOnlySeparatorsIsEmptyForEveryType(DocumentTypeCode type) {
        for (String raw : new String[] {null, "", "   ", "\t\n", " .-/ ", "\u00a0"}) {
            DocumentCheck.Invalid refused = assertRefused(type, raw, DocumentProblem.EMPTY);
            assertEquals("No " + type.inMessages() + " was given", refused.message());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentTypeCode.class)
    void refusesAbsurdlyLongInputWithoutQuotingIt(DocumentTypeCode type) {
        String raw = "1".repeat(1_000_000);
        String message = assertRefused(type, raw, DocumentProblem.WRONG_LENGTH).message();
        assertEquals("The " + type.inMessages() + " given is 1000000 characters long; no document number has "
                + "more than 64, separators included", message);
    }

    @Test
    void acceptsInputOfExactlyTheLimitOnceSeparatorsAreStripped() {
        String raw = " ".repeat(DocumentNumbers.MAX_INPUT_LENGTH - 10) + "1714307103";
        assertEquals("1714307103", assertValid(CI, raw).number());
        assertRefused(CI, " " + raw, DocumentProblem.WRONG_LENGTH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CI | ' 17.143.071.03 ' | 1714307103",
        "RUC | 1714307103-001 | 1714307103001",
        "NIT | 860.001.986-1 | 8600019861",
        "CNPJ | 12.abc.345/01de-35 | 12ABC34501DE35",
        "PASSPORT | ' ab-123 456 ' | AB123456",
        "CC | 79\u2009123\u2009456 | 79123456", // thin spaces, as some spreadsheets group digits
        "CI | 1714307103\u2010 | 1714307103", // a Unicode hyphen
        "CPF | 529.982.247-2x | 529982247-2x"})
    void normalizeStripsSeparatorsAndUpperCasesOnlyTypesWithLetters(DocumentTypeCode type, String raw,
            String expected) {
        assertEquals(expected.replace("-", ""), DocumentNumbers.normalize(type, raw));
    }

    @Test
    void aNumberWithoutItsTypeIsSpelledAsEveryTypeStoresIt() {
        assertEquals("12ABC34501DE35", DocumentNumbers.normalizeForAnyType("12.abc.345/01de-35"));
        assertEquals("1714307103", DocumentNumbers.normalizeForAnyType(" 171.430.710\u2010 3 "));
        assertEquals("", DocumentNumbers.normalizeForAnyType(null));
    }

    @ParameterizedTest
    @NullSource
    void normalizeOfNullIsEmpty(String raw) {
        assertEquals("", DocumentNumbers.normalize(CI, raw));
    }

    @Test
    void aTypeIsRequired() {
        assertThrows(NullPointerException.class, () -> DocumentNumbers.check(null, "1714307103"));
        assertThrows(NullPointerException.class, () -> DocumentNumbers.normalize(null, "1714307103"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123", "A1234567", "12345678901234567890", "ab1234567", "C01X00T47"})
    void acceptsPassportNumbersOf5To20LettersOrDigits(String raw) {
        assertValid(PASSPORT, raw, raw.toUpperCase(Locale.ROOT), CustomerKind.PERSON, null);
    }

    @ParameterizedTest
    @CsvSource({"CI, 0602910945, PERSON, 06", "RUC, 1714307103001, PERSON, 17", "RUC, 0190115798001, COMPANY, 01",
            "RUC, 0160000510001, COMPANY, 01", "CC, 79123456, PERSON, ", "CE, 442113, PERSON, ",
            "NIT, 8600019861, COMPANY, ", "CPF, 52998224725, PERSON, ", "CNPJ, 11222333000181, COMPANY, ",
            "PASSPORT, AB1234567, PERSON, "})
    void eachValidNumberSaysWhoHoldsItAndWhereEcuadorRegisteredIt(DocumentTypeCode type, String number,
            CustomerKind kind, String province) {
        assertValid(type, number, number, kind, province);
        assertTrue(DocumentNumbers.check(type, number).isValid());
    }

    @Test
    void onlyTheTwoConfusionsOfCedulaAndRucAreTypeMismatches() {
        EnumSet<DocumentProblem> mismatches = EnumSet.of(DocumentProblem.CEDULA_AS_RUC, DocumentProblem.RUC_AS_CEDULA);
        for (DocumentProblem problem : DocumentProblem.values()) {
            assertEquals(mismatches.contains(problem), problem.isTypeMismatch(), problem.name());
        }
        assertFalse(DocumentNumbers.check(CI, "1714307104").isValid());
    }
}
