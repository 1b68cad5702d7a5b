package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.Refusals.refuse;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * Ecuador's cédula de identidad: 10 digits, a province code, a third digit of 0 to 5 (the published rule is
 * "less than 6"; 6 and 9 mark the RUCs of public entities and companies) and a mod-10 check digit.
 */
final class EcuadorCedula implements DocumentRule {

    static final int LENGTH = 10;

    /** Apply to the first nine digits; a product over 9 counts as the product minus 9 (the Luhn step). */
    private static final int[] COEFFICIENTS = {2, 1, 2, 1, 2, 1, 2, 1, 2};

    private static final int HIGHEST_THIRD_DIGIT = 5;

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = unlessRuc(number)
                .or(() -> Refusals.unlessDigits(DocumentTypeCode.CI, number, LENGTH, LENGTH))
                .or(() -> EcuadorProvinces.unlessProvinceCode(DocumentTypeCode.CI, number));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        int third = Digits.digitAt(number, 2);
        if (third > HIGHEST_THIRD_DIGIT) {
            return refuse(DocumentTypeCode.CI, DocumentProblem.BAD_THIRD_DIGIT,
                    "%s has %d as its third digit; the third digit of a cédula (CI) is 0 to 5", number, third);
        }
        if (!hasValidCheckDigit(number)) {
            return refuse(DocumentTypeCode.CI, DocumentProblem.BAD_CHECK_DIGIT,
                    "%s fails the cédula (CI) check digit: its 10th digit does not match the mod-10 check of "
                            + "the first nine, so it is mistyped or not a real cédula",
                    number);
        }
        return new DocumentCheck.Valid(DocumentTypeCode.CI, number, CustomerKind.PERSON,
                EcuadorProvinces.provinceOf(number));
    }

    /** Said apart from a plain length error because the fix is to change the type, not the number. */
    private static Optional<DocumentCheck.Invalid> unlessRuc(String number) {
        if (number.length() != EcuadorRuc.LENGTH || !EcuadorRuc.isValidRuc(number)) {
            return Optional.empty();
        }
        String advice = RucKind.ofThirdDigit(Digits.digitAt(number, 2)).orElseThrow() == RucKind.NATURAL_PERSON
                ? ", or send the cédula " + number.substring(0, LENGTH) + " without the establishment number"
                : "";
        return Optional.of(refuse(DocumentTypeCode.CI, DocumentProblem.RUC_AS_CEDULA,
                "%s is a 13-digit RUC, not a 10-digit cédula (CI); send it as documentType RUC%s", number, advice));
    }

    static boolean isValidCedula(String number) {
        return new EcuadorCedula().check(number).isValid();
    }

    /** @param digits at least nine digits; the check digit is computed from the first nine */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < COEFFICIENTS.length; i++) {
            int product = COEFFICIENTS[i] * Digits.digitAt(digits, i);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean hasValidCheckDigit(String number) {
        return checkDigit(number) == Digits.digitAt(number, 9);
    }
}
