package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.CI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcuadorCedulaTest {

    @ParameterizedTest
    @CsvSource({"1714307103, 17", "0602910945, 06", "0926687856, 09", "0910005917, 09", "2412345676, 24",
            "0112345673, 01"})
    void acceptsValidCedulasOfPersonsWithTheirProvince(String number, String province) {
        assertValid(CI, number, number, CustomerKind.PERSON, province);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3012345678", "5012345673"})
    void acceptsCodes30And50WhichNameNoProvince(String number) {
        assertEquals(Optional.empty(), assertValid(CI, number).provinceCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 17.143.071.03 ", "171430710-3", "17 1430 7103", "\t1714307103\r\n",
            "17\u00a0143\u2013071\u201303"})
    void ignoresDotsDashesAndSpaces(String raw) {
        assertEquals("1714307103", assertValid(CI, raw).number());
    }

    @ParameterizedTest
    @CsvSource({"0012345674, 00", "2512345675, 25", "2912345671, 29", "3112345677, 31", "4912345677, 49",
            "5112345672, 51", "9912345676, 99"})
    void refusesNumbersThatDoNotStartWithAProvinceCode(String number, String code) {
        // each has a correct check digit, so only the province code is wrong
        String message = assertRefused(CI, number, DocumentProblem.BAD_PROVINCE).message();
        assertEquals(number + " starts with " + code + ", which is not an Ecuadorian province code; a cédula (CI) "
                + "starts with 01 to 24, 30 or 50", message);
    }

    @ParameterizedTest
    @CsvSource({"1764307102, 6", "1774307100, 7", "1784307108, 8", "1794307106, 9"})
    void refusesAThirdDigitOf6OrMore(String number, int third) {
        // 6 included: the published rule is "less than 6", whatever "up to 6" summaries say
        String message = assertRefused(CI, number, DocumentProblem.BAD_THIRD_DIGIT).message();
        assertEquals(number + " has " + third + " as its third digit; the third digit of a cédula (CI) is 0 to 5",
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1714307104", "1714307100", "0602910946", "0926687857"})
    void refusesAWrongCheckDigit(String number) {
        String message = assertRefused(CI, number, DocumentProblem.BAD_CHECK_DIGIT).message();
        assertTrue(message.startsWith(number + " fails the cédula (CI) check digit"), message);
    }

    @Test
    void tellsAPersonsRucFromACedulaAndNamesTheCedulaInIt() {
        DocumentCheck.Invalid refused = assertRefused(CI, "1714307103-001", DocumentProblem.RUC_AS_CEDULA);
        assertEquals("1714307103001 is a 13-digit RUC, not a 10-digit cédula (CI); send it as documentType RUC, "
                + "or send the cédula 1714307103 without the establishment number", refused.message());
        assertTrue(refused.problem().isTypeMismatch());
    }

    @Test
    void tellsACompanysRucFromACedula() {
        String message = assertRefused(CI, "1790011674001", DocumentProblem.RUC_AS_CEDULA).message();
        assertEquals("1790011674001 is a 13-digit RUC, not a 10-digit cédula (CI); send it as documentType RUC",
                message);
    }

    @Test
    void anInvalid13DigitNumberIsJustTheWrongLength() {
        assertRefused(CI, "1714307104001", DocumentProblem.WRONG_LENGTH);
        assertFalse(DocumentProblem.WRONG_LENGTH.isTypeMismatch());
    }
}
