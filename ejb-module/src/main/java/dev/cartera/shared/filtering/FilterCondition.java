package dev.cartera.shared.filtering;

import java.util.Arrays;
import java.util.List;

/** One {@code field.operator=value} of a list request, as the client sent it. */
public record FilterCondition(String field, FilterOperator operator, String value) {

    /** The query parameter it came from, for error messages. */
    public String parameter() {
        return field + "." + operator.wireName();
    }

    /** The comma-separated items of an {@code in} filter, blank ones left out. */
    public List<String> items() {
        return Arrays.stream(value.split(",")).filter(item -> !item.isBlank()).toList();
    }

    /**
     * Whether a {@code specified} filter asks for the records that have the field.
     *
     * @throws InvalidFilterException when the value is neither {@code true} nor {@code false}
     */
    public boolean specified() {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidFilterException.of(parameter(), "filter.boolean");
        };
    }
}
