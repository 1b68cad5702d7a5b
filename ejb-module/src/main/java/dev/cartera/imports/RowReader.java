package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns CSV records into {@link ImportRow}s for one file's header: picks the dataset's columns, cleans the values
 * and applies the rules every dataset shares (field count, required values, lengths).
 */
final class RowReader {

    private final Map<String, Integer> positions;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, ImportColumn> columns = new HashMap<>();
    private final int fields;

    RowReader(List<String> header, Map<String, Integer> positions, List<ImportColumn> datasetColumns) {
        this.positions = positions;
        this.fields = header.size();
        positions.forEach((key, index) -> headers.put(key, header.get(index).replace("\uFEFF", "").strip()));
        datasetColumns.forEach(column -> columns.put(column.key(), column));
    }

    ImportRow read(CSVRecord record) {
        long number = record.getRecordNumber() - 1;
        Map<String, String> values = new HashMap<>();
        ImportRow row = new ImportRow(number, values, headers);
        if (record.values()[record.size() - 1].indexOf(RecordLengthLimit.CUT) >= 0) {
            row.reject(null, ValidationCode.MALFORMED_ROW, null, Message.of("import.problem.rowTooLong", number,
                    RecordLengthLimit.MAX_RECORD_CHARS));
            return row;
        }
        if (record.size() != fields) {
            row.reject(null, ValidationCode.MALFORMED_ROW, null, Message.of("import.problem.fieldCount", number,
                    record.size(), fields));
            return row;
        }
        positions.forEach((key, index) -> {
            String value = clean(record.get(index));
            ImportColumn column = columns.get(key);
            if (value == null && column.required()) {
                row.reject(key, ValidationCode.EMPTY_VALUE, null, Message.of("import.problem.required", headers.get(key)));
            } else if (value != null && value.length() > column.maxLength()) {
                row.reject(key, ValidationCode.VALUE_TOO_LONG, value, Message.of("import.problem.tooLong", headers.get(key),
                        column.maxLength(), value.length()));
            }
            values.put(key, value);
        });
        return row;
    }

    /**
     * Trims, makes a blank value null, and removes the {@code '} that spreadsheet exports (ours included) put
     * before a value starting with {@code = + - @} so that it is not run as a formula.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }
}
