package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows as the engine hands them to a dataset's check, for the datasets' unit tests. */
public final class ImportRows {

    private ImportRows() {
    }

    /** A data row under a header as a file would write it; an empty value is a blank cell. */
    public static ImportRow row(List<String> header, List<ImportColumn> columns, String... values) {
        Map<String, Integer> positions = HeaderMatcher.match(header, columns);
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        positions.forEach((key, index) -> {
            byKey.put(key, values[index].isEmpty() ? null : values[index]);
            headers.put(key, header.get(index));
        });
        return new ImportRow(1, byKey, headers);
    }

    /** Asserts the row has exactly one issue, on that column (as the file names it), with that code. */
    public static void assertOnlyIssue(ImportRow row, String column, ValidationCode code) {
        assertEquals(List.of(column + " " + code), row.issues().stream()
                .map(issue -> issue.column() + " " + issue.code()).toList());
    }
}
