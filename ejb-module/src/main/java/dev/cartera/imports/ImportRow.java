package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row, its values by column key (trimmed; a blank value is null; the leading {@code '} our own exports
 * put before {@code = + - @} removed), and the problems found so far.
 *
 * @param number  the data row's number in the file: 1 is the first row after the header
 * @param headers the header as written in the file, by column key, for messages
 */
public record ImportRow(long number, Map<String, String> values, Map<String, String> headers, List<RowIssue> issues) {

    public ImportRow(long number, Map<String, String> values, Map<String, String> headers) {
        this(number, values, headers, new ArrayList<>());
    }

    /** The row as read, with its own list of issues, for another attempt at a chunk. */
    public ImportRow copy() {
        return new ImportRow(number, values, headers, new ArrayList<>(issues));
    }

    /** The value of a column, or null when it is blank or the file has no such column. */
    public String value(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return headers.containsKey(key);
    }

    /** The header the file uses for a column, or the key when the file has no such column. */
    public String header(String key) {
        return headers.getOrDefault(key, key);
    }

    public void reject(String key, ValidationCode code, String value, Message message) {
        issues.add(new RowIssue(key == null ? null : header(key), code, value, message));
    }

    /** Whether a problem was already reported on that column. */
    public boolean flagged(String key) {
        String header = header(key);
        return issues.stream().anyMatch(issue -> header.equals(issue.column()));
    }
}
