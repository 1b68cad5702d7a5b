package dev.cartera.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as spreadsheets in Ecuador, Colombia and Brazil write them, read without guessing wrong:
 * {@code 10.000.000,50}, {@code 10,000,000.50}, {@code $ 1 500}, {@code 2026-01-15}, {@code 15/01/2026}.
 * A value that could be read two ways is refused rather than read the wrong one.
 */
public final class CsvValues {

    /** Digits in groups of three after the first, with one kind of separator: 10.000.000 or 10,000,000. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private CsvValues() {
    }

    /**
     * An amount of money: a currency sign, spaces and thousands separators are allowed; the decimal separator is
     * the last {@code ,} or {@code .} when both appear. A lone separator followed by three digits
     * ({@code 1.500}, {@code 1,500}) is a thousands separator, as it is in the ledgers these files come from.
     */
    public static Optional<BigDecimal> amount(String text) {
        String value = text.replaceAll("[\\s\\u00A0$]|COP|USD", "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int lastComma = value.lastIndexOf(',');
        int lastDot = value.lastIndexOf('.');
        String integer;
        String decimals = "";
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            int at = Math.max(lastComma, lastDot);
            integer = value.substring(0, at);
            decimals = value.substring(at + 1);
            if (integer.indexOf(decimal) >= 0 || !GROUPED.matcher(integer).matches() && !integer.matches("\\d+")) {
                return Optional.empty();
            }
        } else if (GROUPED.matcher(value).matches()) {
            integer = value;
        } else if (lastComma >= 0 || lastDot >= 0) {
            int at = Math.max(lastComma, lastDot);
            integer = value.substring(0, at);
            if (integer.indexOf(value.charAt(at)) >= 0) {
                return Optional.empty();
            }
            decimals = value.substring(at + 1);
        } else {
            integer = value;
        }
        String digits = integer.replaceAll("[.,]", "");
        if (!digits.matches("-?\\d+") || !decimals.matches("\\d*")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals));
    }

    /** A plain decimal such as a rate: {@code 24}, {@code 24.5}, {@code 24,5}, {@code 24.5%}; no grouping. */
    public static Optional<BigDecimal> decimal(String text) {
        String value = text.strip().replaceFirst("\\s*%$", "").replace(',', '.');
        return value.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+") ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }

    /** A whole number; {@code 12.0}, as spreadsheets save integers, is 12. */
    public static Optional<Integer> integer(String text) {
        Matcher matcher = Pattern.compile("(-?\\d{1,9})(?:[.,]0+)?").matcher(text.strip());
        return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }

    /** {@code 2026-01-15} (ISO, year first) or {@code 15/01/2026} (day first, as written in Latin America). */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST_DATE.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            // 31/02/2026: the shape of a date but not a day of the calendar
        }
        return Optional.empty();
    }
}
