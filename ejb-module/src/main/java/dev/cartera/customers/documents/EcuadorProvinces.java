package dev.cartera.customers.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The first two digits of an Ecuadorian cédula or RUC: the province that registered it (01 to 24), or 30
 * for Ecuadorians registered abroad, or 50; 30 and 50 name no province.
 */
final class EcuadorProvinces {

    /** Every code a cédula or RUC may start with, in order. */
    static final List<String> CODES = Stream.concat(
            IntStream.rangeClosed(1, 24).mapToObj(province -> String.format(Locale.ROOT, "%02d", province)),
            Stream.of("30", "50")).toList();

    private EcuadorProvinces() {
    }

    static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** @return the province of a number that passed {@link #unlessProvinceCode}; empty for 30 and 50 */
    static Optional<String> provinceOf(String number) {
        String code = number.substring(0, 2);
        return code.equals("30") || code.equals("50") ? Optional.empty() : Optional.of(code);
    }

    /** @return the refusal of a number of at least two digits that does not start with a code, or empty */
    static Optional<DocumentCheck.Invalid> unlessProvinceCode(DocumentTypeCode type, String number) {
        String code = number.substring(0, 2);
        if (isCode(code)) {
            return Optional.empty();
        }
        return Optional.of(Refusals.refuse(type, DocumentProblem.BAD_PROVINCE,
                "%s starts with %s, which is not an Ecuadorian province code; a %s starts with 01 to 24, "
                        + "30 or 50",
                number, code, type.inMessages()));
    }
}
