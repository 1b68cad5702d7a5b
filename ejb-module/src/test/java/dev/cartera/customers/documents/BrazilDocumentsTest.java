package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.CNPJ;
import static dev.cartera.customers.documents.DocumentTypeCode.CPF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.CustomerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrazilDocumentsTest {

    @ParameterizedTest
    @CsvSource({"529.982.247-25, 52998224725", "111.444.777-35, 11144477735", "52998224725, 52998224725"})
    void acceptsValidCpfs(String raw, String canonical) {
        assertValid(CPF, raw, canonical, CustomerKind.PERSON, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-26", "529.982.247-15", "111.444.777-53"})
    void refusesCpfsWithWrongCheckDigits(String raw) {
        assertRefused(CPF, raw, DocumentProblem.BAD_CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"111.111.111-11", "00000000000", "99999999999"})
    void refusesCpfsOfOneRepeatedDigitThoughTheirCheckDigitsMatch(String raw) {
        String message = assertRefused(CPF, raw, DocumentProblem.REPEATED_DIGITS).message();
        assertEquals(DocumentNumbers.normalize(CPF, raw)
                + " repeats one digit; such numbers pass the CPF check digits but are never issued", message);
    }

    @ParameterizedTest
    @CsvSource({
        "11.222.333/0001-81, 11222333000181",
        "33.000.167/0001-01, 33000167000101",
        "00.000.000/0001-91, 00000000000191",
        "12.ABC.345/01DE-35, 12ABC34501DE35", // the Receita Federal's alphanumeric example
        "12.abc.345/01de-35, 12ABC34501DE35"})
    void acceptsValidCnpjsNumericAndAlphanumeric(String raw, String canonical) {
        assertValid(CNPJ, raw, canonical, CustomerKind.COMPANY, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-82", "11.222.333/0001-71", "12.ABC.345/01DF-35"})
    void refusesCnpjsWithWrongCheckDigits(String raw) {
        String message = assertRefused(CNPJ, raw, DocumentProblem.BAD_CHECK_DIGIT).message();
        assertEquals(DocumentNumbers.normalize(CNPJ, raw) + " fails the CNPJ check digits: the last two digits do "
                + "not match the mod-11 check of the first twelve characters, so it is mistyped or not a real CNPJ",
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00.000.000/0000-00", "11111111111111", "99999999999999"})
    void refusesCnpjsOfOneRepeatedDigit(String raw) {
        assertRefused(CNPJ, raw, DocumentProblem.REPEATED_DIGITS);
    }

    @Test
    void refusesLettersInTheCheckDigits() {
        String message = assertRefused(CNPJ, "12ABC34501DE3A", DocumentProblem.NOT_NUMERIC).message();
        assertEquals("12ABC34501DE3A ends with 3A; the last two characters of a CNPJ are its check digits, "
                + "which are digits", message);
    }
}
