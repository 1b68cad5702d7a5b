package dev.cartera.customers.documents;

import java.util.Locale;
import java.util.Optional;

/** Builds the refusals several rules share, so that the same mistake reads the same whatever the type. */
final class Refusals {

    private Refusals() {
    }

    static DocumentCheck.Invalid refuse(DocumentTypeCode type, DocumentProblem problem, String format,
            Object... args) {
        return new DocumentCheck.Invalid(type, problem, String.format(Locale.ROOT, format, args));
    }

    /**
     * Refuses a number that is not made of {@code min} to {@code max} ASCII digits.
     *
     * @return the refusal, or empty when the number passes
     */
    static Optional<DocumentCheck.Invalid> unlessDigits(DocumentTypeCode type, String number, int min, int max) {
        int bad = Digits.firstNonDigit(number);
        if (bad >= 0) {
            return Optional.of(refuse(type, DocumentProblem.NOT_NUMERIC, "%s contains %s; a %s has digits only",
                    number, shown(number, bad), type.inMessages()));
        }
        if (number.length() < min || number.length() > max) {
            return Optional.of(refuse(type, DocumentProblem.WRONG_LENGTH, "%s has %d digits; a %s has %s",
                    number, number.length(), type.inMessages(), range(min, max)));
        }
        return Optional.empty();
    }

    /**
     * Refuses a number that is not made of {@code min} to {@code max} characters A–Z or 0–9.
     *
     * @param allowed what the type is made of, to end the message: "a passport number has ..."
     * @return the refusal, or empty when the number passes
     */
    static Optional<DocumentCheck.Invalid> unlessUpperAlphanumeric(DocumentTypeCode type, String number, int min,
            int max, String allowed) {
        int bad = Digits.firstNonUpperAlphanumeric(number);
        if (bad >= 0) {
            return Optional.of(refuse(type, DocumentProblem.NOT_ALPHANUMERIC, "%s contains %s; a %s has %s",
                    number, shown(number, bad), type.inMessages(), allowed));
        }
        if (number.length() < min || number.length() > max) {
            return Optional.of(refuse(type, DocumentProblem.WRONG_LENGTH, "%s has %d characters; a %s has %s",
                    number, number.length(), type.inMessages(), range(min, max)));
        }
        return Optional.empty();
    }

    /** Refuses a number that starts with 0 where the type is never issued with one. */
    static Optional<DocumentCheck.Invalid> unlessNoLeadingZero(DocumentTypeCode type, String number) {
        if (number.charAt(0) != '0') {
            return Optional.empty();
        }
        return Optional.of(refuse(type, DocumentProblem.LEADING_ZERO,
                "%s starts with 0; a %s never does (leave the leading zeros out)", number, type.inMessages()));
    }

    static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + " to " + max;
    }

    /** The character at {@code index} as an operator can read it, even when it is invisible. */
    static String shown(String s, int index) {
        int codePoint = s.codePointAt(index);
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return String.format(Locale.ROOT, "the invisible character U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
