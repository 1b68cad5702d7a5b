package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.CC;
import static dev.cartera.customers.documents.DocumentTypeCode.CE;
import static dev.cartera.customers.documents.DocumentTypeCode.NIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.CustomerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ColombiaDocumentsTest {

    @ParameterizedTest
    @CsvSource({"CC, 123", "CC, 79123456", "CC, 1234567890", "CE, 123", "CE, 442113", "CE, 1234567",
            "CE, 1234567890"})
    void acceptsCedulasOf3To10Digits(DocumentTypeCode type, String number) {
        assertValid(type, number, number, CustomerKind.PERSON, null);
    }

    @Test
    void readsCedulasWrittenWithThousandsSeparators() {
        assertEquals("79123456", assertValid(CC, "79.123.456").number());
        assertEquals("1234567", assertValid(CE, "1 234 567").number());
    }

    @ParameterizedTest
    @EnumSource(names = {"CC", "CE", "NIT"})
    void refusesALeadingZeroRatherThanStoreTheSameNumberTwice(DocumentTypeCode type) {
        String message = assertRefused(type, "0860001986", DocumentProblem.LEADING_ZERO).message();
        assertEquals("0860001986 starts with 0; a " + type.inMessages()
                + " never does (leave the leading zeros out)", message);
    }

    @ParameterizedTest
    @CsvSource({
        "860001986-1, 8600019861",
        "8600019861, 8600019861",
        "860.001.986-1, 8600019861",
        "860 001 986 - 1, 8600019861",
        "900206480-2, 9002064802",
        "800003122-6, 8000031226",
        "831653560-1, 8316535601", // remainder 1: the check digit is the remainder itself
        "920659338-0, 9206593380", // remainder 0
        "123-8, 1238"}) // a natural person's NIT: a short cédula and its check digit
    void acceptsNitsWithTheirCheckDigitWithOrWithoutSeparators(String raw, String canonical) {
        assertValid(NIT, raw, canonical, CustomerKind.COMPANY, null);
    }

    @ParameterizedTest
    @CsvSource({"2131234350, 0, 213123435", "860001986-2, 2, 860001986", "900.206.480-3, 3, 900206480"})
    void refusesAWrongCheckDigit(String raw, int given, String base) {
        String number = DocumentNumbers.normalize(NIT, raw);
        String message = assertRefused(NIT, raw, DocumentProblem.BAD_CHECK_DIGIT).message();
        assertEquals(number + " fails the NIT check digit: its last digit, " + given + ", is read as the DIAN "
                + "check digit of " + base + " and does not match it; a NIT is mistyped, not real, or sent without "
                + "its check digit", message);
    }

    @Test
    void refusesANitWithoutItsCheckDigit() {
        assertRefused(NIT, "860001986", DocumentProblem.BAD_CHECK_DIGIT);
        assertRefused(NIT, "860.001.986", DocumentProblem.BAD_CHECK_DIGIT);
    }

    @Test
    void acceptsTheLongestBaseTheWeightsCover() {
        String base = "123456789012345";
        assertValid(NIT, base + ColombiaNit.checkDigit(base));
    }
}
