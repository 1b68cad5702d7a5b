package dev.cartera.imports;

/**
 * One problem with one row.
 *
 * @param column the header as written in the file, or null when the problem is the whole row's
 * @param value  the rejected value, or null
 */
public record RowIssue(String column, ValidationCode code, String value, String message) {
}
