package dev.cartera.shared.filtering;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operators of the list convention {@code field.operator=value}. */
public enum FilterOperator {
    EQUALS("equals"),
    IN("in"),
    CONTAINS("contains"),
    GREATER_THAN("greaterThan"),
    LESS_THAN("lessThan"),
    GREATER_THAN_OR_EQUAL("greaterThanOrEqual"),
    LESS_THAN_OR_EQUAL("lessThanOrEqual"),
    SPECIFIED("specified");

    private final String wireName;

    FilterOperator(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FilterOperator> fromWireName(String name) {
        return Arrays.stream(values()).filter(op -> op.wireName.equals(name)).findFirst();
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(FilterOperator::wireName).collect(Collectors.joining(", "));
    }
}
