package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wording of the refusals every type shares, as operators read them in import reports and API errors. */
class DocumentMessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CI | 171430710 | 171430710 has 9 digits; a cédula (CI) has 10",
        "CI | 17143071030 | 17143071030 has 11 digits; a cédula (CI) has 10",
        "RUC | 171430710300 | 171430710300 has 12 digits; a RUC has 13",
        "RUC | 17143071030011 | 17143071030011 has 14 digits; a RUC has 13",
        "CC | 12 | 12 has 2 digits; a cédula de ciudadanía (CC) has 3 to 10",
        "CE | 12345678901 | 12345678901 has 11 digits; a cédula de extranjería (CE) has 3 to 10",
        "NIT | 123 | 123 has 3 digits; a NIT has 4 to 16",
        "NIT | 12345678901234567 | 12345678901234567 has 17 digits; a NIT has 4 to 16",
        "CPF | 5299822472 | 5299822472 has 10 digits; a CPF has 11",
        "CNPJ | 1122233300018 | 1122233300018 has 13 characters; a CNPJ has 14",
        "CNPJ | 112223330001811 | 112223330001811 has 15 characters; a CNPJ has 14",
        "PASSPORT | AB12 | AB12 has 4 characters; a passport number has 5 to 20",
        "PASSPORT | 123456789012345678901 | 123456789012345678901 has 21 characters; a passport number has "
                + "5 to 20"})
    void aWrongLengthNamesTheLengthTheTypeHas(DocumentTypeCode type, String raw, String message) {
        assertEquals(message, assertRefused(type, raw, DocumentProblem.WRONG_LENGTH).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CI | 17143O7103 | 17143O7103 contains 'O'; a cédula (CI) has digits only",
        "CI | ١٧١٤٣٠٧١٠٣ | ١٧١٤٣٠٧١٠٣ contains '١'; a cédula (CI) has digits only",
        "RUC | 17143071O3001 | 17143071O3001 contains 'O'; a RUC has digits only",
        "CC | 12a456 | 12a456 contains 'a'; a cédula de ciudadanía (CC) has digits only",
        "NIT | 860001986,1 | 860001986,1 contains ','; a NIT has digits only",
        "CPF | 529.982.247-X5 | 529982247X5 contains 'X'; a CPF has digits only"})
    void aCharacterThatIsNotADigitIsNamed(DocumentTypeCode type, String raw, String message) {
        assertEquals(message, assertRefused(type, raw, DocumentProblem.NOT_NUMERIC).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "PASSPORT | AÑ12345 | AÑ12345 contains 'Ñ'; a passport number has letters A to Z and digits only",
        "PASSPORT | AB12345# | AB12345# contains '#'; a passport number has letters A to Z and digits only",
        "PASSPORT | AB\u200b12345 | AB\u200b12345 contains the invisible character U+200B; a passport number has "
                + "letters A to Z and digits only",
        "PASSPORT | １２３４５６ | １２３４５６ contains '１'; a passport number has letters A to Z and digits only",
        "CNPJ | 11222333_000181 | 11222333_000181 contains '_'; a CNPJ has 12 letters or digits and then 2 check "
                + "digits"})
    void aCharacterThatIsNeitherALetterNorADigitIsNamed(DocumentTypeCode type, String raw, String message) {
        assertEquals(message, assertRefused(type, raw, DocumentProblem.NOT_ALPHANUMERIC).message());
    }
}
