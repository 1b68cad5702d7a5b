package dev.cartera.shared.filtering;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.TextFolding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** How a filter's text value becomes the attribute's Java value, and what to tell the client when it does not. */
public enum FilterValueType {
    TEXT(String.class, value -> value),
    /** Compared against a column that holds {@link TextFolding#fold folded} text. */
    FOLDED_TEXT(String.class, TextFolding::fold),
    LONG(Long.class, Long::valueOf),
    INTEGER(Integer.class, Integer::valueOf),
    DECIMAL(BigDecimal.class, FilterValueType::parseDecimal),
    DATE(LocalDate.class, LocalDate::parse),
    INSTANT(Instant.class, FilterValueType::parseInstant),
    UPPER_CODE(String.class, value -> value.toUpperCase(Locale.ROOT)),
    /** An enum constant; the field names the enum and parses (see {@link FilterableField#enumerated}). */
    ENUM(Enum.class, value -> value.toUpperCase(Locale.ROOT));

    /**
     * Digits a decimal filter may have on each side of the point: SQL's widest DECIMAL. Beyond it a value only
     * costs: {@code 1e16000000} takes seconds of CPU to compare, a larger exponent hundreds of MB.
     */
    public static final int DECIMAL_DIGITS = 38;
    /** No number this long is meaningful; refusing it early keeps parsing cheap. */
    public static final int NUMBER_MAX_LENGTH = 2 * DECIMAL_DIGITS + 8;

    private final Class<?> javaType;
    private final Function<String, Object> parser;

    FilterValueType(Class<?> javaType, Function<String, Object> parser) {
        this.javaType = javaType;
        this.parser = parser;
    }

    /** What a value must look like, in English for the API's description ("a date such as 2026-10-31"). */
    public String description() {
        return said().english();
    }

    /** What a value must look like, to be said in the caller's language (filter.type.<NAME>). */
    private Message said() {
        return Message.of("filter.type." + name(), DECIMAL_DIGITS);
    }

    public Class<?> javaType() {
        return javaType;
    }

    public boolean isComparable() {
        return this != TEXT && this != FOLDED_TEXT && this != UPPER_CODE && this != ENUM;
    }

    /** @throws InvalidFilterException naming the parameter and the expected form */
    public Object parse(String parameter, String value) {
        boolean number = javaType == Long.class || javaType == Integer.class || javaType == BigDecimal.class;
        if (number && value.trim().length() > NUMBER_MAX_LENGTH) {
            throw InvalidFilterException.of(parameter, "filter.tooLong", NUMBER_MAX_LENGTH, said());
        }
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw InvalidFilterException.of(parameter, "filter.wrongType", value, said());
        }
    }

    private static BigDecimal parseDecimal(String value) {
        BigDecimal decimal = new BigDecimal(value);
        if (decimal.precision() - decimal.scale() > DECIMAL_DIGITS || decimal.scale() > DECIMAL_DIGITS) {
            throw new NumberFormatException("out of range");
        }
        return decimal;
    }

    /** A bare date means the start of that day in UTC, so {@code createdAt.greaterThanOrEqual=2026-10-01} works. */
    private static Instant parseInstant(String value) {
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(value);
    }
}
