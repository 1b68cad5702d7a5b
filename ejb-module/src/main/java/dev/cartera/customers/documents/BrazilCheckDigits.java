package dev.cartera.customers.documents;

import java.util.Arrays;

/**
 * The two mod-11 check digits of Brazil's CPF and CNPJ: the first over the body, the second over the body
 * and the first; a remainder below 2 gives 0, any other gives 11 minus the remainder.
 */
final class BrazilCheckDigits {

    private BrazilCheckDigits() {
    }

    /**
     * @param body          the characters before the check digits
     * @param secondWeights one weight longer than {@code body}; the first digit is weighed by all but its first
     * @return the two check digits
     */
    static String of(String body, int[] secondWeights) {
        int[] firstWeights = Arrays.copyOfRange(secondWeights, 1, secondWeights.length);
        char first = digit(Digits.weightedSum(body, firstWeights));
        char second = digit(Digits.weightedSum(body + first, secondWeights));
        return new String(new char[] {first, second});
    }

    private static char digit(int weightedSum) {
        int remainder = weightedSum % 11;
        return (char) ('0' + (remainder < 2 ? 0 : 11 - remainder));
    }
}
