package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;

/**
 * One problem with one row.
 *
 * @param column  the header as written in the file, or null when the problem is the whole row's
 * @param value   the rejected value, or null
 * @param message what is wrong, said in each reader's language
 */
public record RowIssue(String column, ValidationCode code, String value, Message message) {
}
