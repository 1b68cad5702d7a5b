package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.Refusals.refuse;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * Colombia's NIT (Número de Identificación Tributaria): a base number and the DIAN check digit, which is
 * always required. Once the dash is stripped the last digit is the check digit, so "860001986-1",
 * "860.001.986-1" and "8600019861" are the same NIT, stored as 8600019861.
 */
final class ColombiaNit implements DocumentRule {

    /** DIAN's weights, from the rightmost digit of the base number leftwards; so a base has 15 digits at most. */
    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    /** The shortest base number: a natural person's NIT is their cédula, which has at least 3 digits. */
    private static final int MIN_BASE_LENGTH = 3;

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = Refusals
                .unlessDigits(DocumentTypeCode.NIT, number, MIN_BASE_LENGTH + 1, WEIGHTS.length + 1)
                .or(() -> Refusals.unlessNoLeadingZero(DocumentTypeCode.NIT, number));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String base = number.substring(0, number.length() - 1);
        int given = Digits.digitAt(number, number.length() - 1);
        if (checkDigit(base) != given) {
            return refuse(DocumentTypeCode.NIT, DocumentProblem.BAD_CHECK_DIGIT,
                    "%s fails the NIT check digit: its last digit, %d, is read as the DIAN check digit of %s and "
                            + "does not match it; a NIT is mistyped, not real, or sent without its check digit",
                    number, given, base);
        }
        // persons have NITs too (their cédula and a check digit) and the number cannot tell: a customer sent
        // with a NIT is taken as a company, and a person is expected to be sent with their CC
        return new DocumentCheck.Valid(DocumentTypeCode.NIT, number, CustomerKind.COMPANY, Optional.empty());
    }

    /** @param base 1 to 15 digits, without the check digit */
    static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += WEIGHTS[i] * Digits.digitAt(base, base.length() - 1 - i);
        }
        int remainder = sum % 11;
        return remainder <= 1 ? remainder : 11 - remainder;
    }
}
