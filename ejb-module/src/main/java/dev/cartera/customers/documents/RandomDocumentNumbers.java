package dev.cartera.customers.documents;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Valid document numbers made up for demo data and tests. The same seeded generator gives the same
 * numbers. They pass every check here, so they may belong to real people: use them only where nobody
 * will act on them.
 */
public final class RandomDocumentNumbers {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private RandomDocumentNumbers() {
    }

    /** @return a valid number of {@code type} in canonical form; a RUC of any kind, a numeric CNPJ */
    public static String randomValid(DocumentTypeCode type, RandomGenerator random) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case CI -> randomCedula(randomProvinceCode(random), random);
            case RUC -> randomRuc(RucKind.values()[random.nextInt(RucKind.values().length)], random);
            case CC -> withoutLeadingZero(random.nextInt(6, 11), random);
            case CE -> withoutLeadingZero(random.nextInt(6, 8), random);
            case NIT -> randomNit(random);
            case CPF -> randomCpf(random);
            case CNPJ -> randomCnpj(false, random);
            case PASSPORT -> random(LETTERS, 2, random) + digits(7, random);
        };
    }

    /** @param provinceCode "01" to "24", "30" or "50" */
    public static String randomCedula(String provinceCode, RandomGenerator random) {
        requireProvinceCode(provinceCode);
        String first9 = provinceCode + random.nextInt(6) + digits(6, random);
        return first9 + EcuadorCedula.checkDigit(first9);
    }

    public static String randomRuc(RucKind kind, RandomGenerator random) {
        return randomRuc(kind, randomProvinceCode(random), random);
    }

    /** @param provinceCode "01" to "24", "30" or "50" */
    public static String randomRuc(RucKind kind, String provinceCode, RandomGenerator random) {
        Objects.requireNonNull(kind, "kind");
        requireProvinceCode(provinceCode);
        String establishment = String.format(Locale.ROOT, "%0" + kind.establishmentLength() + "d",
                random.nextInt(1, 1000));
        if (kind == RucKind.NATURAL_PERSON) {
            return randomCedula(provinceCode, random) + establishment;
        }
        String thirdDigit = kind == RucKind.PUBLIC_ENTITY ? "6" : "9";
        int checkDigit;
        String body;
        do { // one body in eleven has no valid check digit: draw again
            body = provinceCode + thirdDigit + digits(kind.checkDigitIndex() - 3, random);
            checkDigit = kind.expectedCheckDigit(body);
        } while (checkDigit == RucKind.NO_CHECK_DIGIT);
        return body + checkDigit + establishment;
    }

    /** @param alphanumeric whether the 12 first characters may hold letters, as CNPJs issued since July 2026 */
    public static String randomCnpj(boolean alphanumeric, RandomGenerator random) {
        String body;
        do {
            body = alphanumeric
                    ? random(DIGITS + LETTERS, BrazilCnpj.BODY_LENGTH, random)
                    : withoutLeadingZero(8, random) + "0001";
        } while (Digits.allSame(body));
        return body + BrazilCheckDigits.of(body, BrazilCnpj.WEIGHTS);
    }

    private static String randomCpf(RandomGenerator random) {
        String body;
        do {
            body = digits(BrazilCpf.LENGTH - 2, random);
        } while (Digits.allSame(body));
        return body + BrazilCheckDigits.of(body, BrazilCpf.WEIGHTS);
    }

    /** A company's NIT: nine digits starting with 8 or 9, as DIAN assigns them, and the check digit. */
    private static String randomNit(RandomGenerator random) {
        String base = random.nextInt(8, 10) + digits(8, random);
        return base + ColombiaNit.checkDigit(base);
    }

    private static String randomProvinceCode(RandomGenerator random) {
        return EcuadorProvinces.CODES.get(random.nextInt(EcuadorProvinces.CODES.size()));
    }

    private static void requireProvinceCode(String provinceCode) {
        if (!EcuadorProvinces.isCode(provinceCode)) {
            throw new IllegalArgumentException("Not an Ecuadorian province code: " + provinceCode);
        }
    }

    private static String withoutLeadingZero(int length, RandomGenerator random) {
        return random.nextInt(1, 10) + digits(length - 1, random);
    }

    private static String digits(int length, RandomGenerator random) {
        return random(DIGITS, length, random);
    }

    private static String random(String alphabet, int length, RandomGenerator random) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
