package dev.cartera.customers.documents;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * The three kinds of Ecuadorian RUC, told apart by the third digit. Each puts its check digit and its
 * establishment number in a different place and computes the check differently.
 */
public enum RucKind {
    /** Third digit 0 to 5: the holder's cédula (with its mod-10 check digit), then a 3-digit establishment. */
    NATURAL_PERSON("natural person", "0 to 5", 9, "mod-10 cédula check", CustomerKind.PERSON) {
        @Override
        int expectedCheckDigit(String number) {
            return EcuadorCedula.checkDigit(number);
        }
    },
    /** Third digit 6: eight digits, a mod-11 check digit, then a 4-digit establishment. */
    PUBLIC_ENTITY("public entity", "6", 8, "mod-11 check", CustomerKind.COMPANY) {
        @Override
        int expectedCheckDigit(String number) {
            return mod11(number, new int[] {3, 2, 7, 6, 5, 4, 3, 2});
        }
    },
    /** Third digit 9: nine digits, a mod-11 check digit, then a 3-digit establishment. */
    PRIVATE_COMPANY("private company", "9", 9, "mod-11 check", CustomerKind.COMPANY) {
        @Override
        int expectedCheckDigit(String number) {
            return mod11(number, new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2});
        }
    };

    /** What {@link #expectedCheckDigit} answers when the remainder calls for a check digit of 10. */
    static final int NO_CHECK_DIGIT = -1;

    private final String description;
    private final String thirdDigits;
    private final int checkDigitIndex;
    private final String algorithm;
    private final CustomerKind customerKind;

    RucKind(String description, String thirdDigits, int checkDigitIndex, String algorithm,
            CustomerKind customerKind) {
        this.description = description;
        this.thirdDigits = thirdDigits;
        this.checkDigitIndex = checkDigitIndex;
        this.algorithm = algorithm;
        this.customerKind = customerKind;
    }

    /** @return the check digit the digits before {@link #checkDigitIndex} call for, or {@link #NO_CHECK_DIGIT} */
    abstract int expectedCheckDigit(String number);

    public CustomerKind customerKind() {
        return customerKind;
    }

    int checkDigitIndex() {
        return checkDigitIndex;
    }

    /** @return the number of digits after the check digit in a 13-digit RUC */
    int establishmentLength() {
        return EcuadorRuc.LENGTH - checkDigitIndex - 1;
    }

    String description() {
        return description;
    }

    String thirdDigits() {
        return thirdDigits;
    }

    String algorithm() {
        return algorithm;
    }

    static Optional<RucKind> ofThirdDigit(int digit) {
        if (digit >= 0 && digit <= 5) {
            return Optional.of(NATURAL_PERSON);
        }
        return digit == 6 ? Optional.of(PUBLIC_ENTITY) : digit == 9 ? Optional.of(PRIVATE_COMPANY) : Optional.empty();
    }

    /** Ecuador's mod 11: 11 minus the remainder, 0 for remainder 0; remainder 1 allows no valid number. */
    private static int mod11(String number, int[] weights) {
        int remainder = Digits.weightedSum(number, weights) % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? NO_CHECK_DIGIT : 11 - remainder;
    }
}
