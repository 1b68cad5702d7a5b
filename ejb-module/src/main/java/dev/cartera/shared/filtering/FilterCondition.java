package dev.cartera.shared.filtering;

/** One {@code field.operator=value} of a list request, as the client sent it. */
public record FilterCondition(String field, FilterOperator operator, String value) {

    /** The query parameter it came from, for error messages. */
    public String parameter() {
        return field + "." + operator.wireName();
    }
}
