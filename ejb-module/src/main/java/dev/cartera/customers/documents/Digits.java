package dev.cartera.customers.documents;

/** The character tests and weighted sums the check-digit algorithms share. */
final class Digits {

    private Digits() {
    }

    static boolean isDigit(char c) {
        // not Character.isDigit: that also accepts Arabic-Indic and full-width digits, which no registry issues
        return c >= '0' && c <= '9';
    }

    static boolean isUpperAlphanumeric(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    /** @return the index of the first character that is not an ASCII digit, or -1 */
    static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of the first character that is neither an ASCII digit nor a letter A–Z, or -1 */
    static int firstNonUpperAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isUpperAlphanumeric(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static int digitAt(String s, int index) {
        return value(s.charAt(index));
    }

    /**
     * The ASCII code minus 48: a digit's own value, and A = 17 to Z = 42, which is how Brazil's Receita
     * Federal weighs the letters of an alphanumeric CNPJ while leaving numeric ones unchanged.
     */
    static int value(char c) {
        return c - '0';
    }

    /** @return the sum of {@code weights[i]} times the value of character {@code i}, for each weight */
    static int weightedSum(String s, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * value(s.charAt(i));
        }
        return sum;
    }

    static boolean allSame(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }

    static boolean allZeros(String s) {
        return s.chars().allMatch(c -> c == '0');
    }
}
