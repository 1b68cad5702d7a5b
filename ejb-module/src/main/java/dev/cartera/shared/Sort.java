package dev.cartera.shared;

import dev.cartera.shared.filtering.InvalidFilterException;
import java.util.Locale;
import java.util.Set;

/** A sort on one whitelisted field, parsed from {@code field,asc} or {@code field,desc}. */
public record Sort(String field, boolean ascending) {

    /**
     * @param expression e.g. {@code username,desc}; null or blank means {@code defaultField,asc}
     * @param allowed    the fields a caller may sort on
     * @throws InvalidFilterException naming the allowed fields when the field or direction is not allowed
     */
    public static Sort parse(String expression, String defaultField, Set<String> allowed) {
        if (expression == null || expression.isBlank()) {
            return new Sort(defaultField, true);
        }
        String[] parts = expression.split(",", -1);
        String field = parts[0].trim();
        if (!allowed.contains(field)) {
            throw InvalidFilterException.of("sort", "sort.notSortable", field, String.join(", ", allowed));
        }
        if (parts.length == 1) {
            return new Sort(field, true);
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw InvalidFilterException.of("sort", "sort.direction", field);
        }
        return new Sort(field, direction.equals("asc"));
    }
}
