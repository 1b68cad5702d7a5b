package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: comma, CRLF, fields quoted only when they need it, a header row of the stable column keys,
 * instants in ISO-8601 UTC, amounts as plain decimals, empty fields for nulls. Meant to be read back by programs
 * (and by our own CSV import), which is why its header is not translated. A section (one customer's purchases)
 * follows the customers after a blank line, as a line with its title and then its own header and rows.
 */
final class CsvCustomerExportWriter extends StreamingExportWriter {

    /*
     * Excel (as installed in Latin America, with a Windows-1252 default) opens a UTF-8 CSV correctly only when
     * it starts with a byte order mark; without it "José Pérez" shows as "JosÃ© PÃ©rez".
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;
    private List<? extends TableColumn> columns = ExportColumn.ALL;
    private Object[] record = new Object[ExportColumn.ALL.size()];

    CsvCustomerExportWriter(OutputStream out) throws IOException {
        writer = utf8(out);
        writer.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printHeader();
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        for (int i = 0; i < record.length; i++) {
            record[i] = textOf(columns.get(i).type(), values[i]);
        }
        printer.printRecord(record);
    }

    @Override
    protected void startTable(String title, List<? extends TableColumn> columns) throws IOException {
        this.columns = columns;
        record = new Object[columns.size()];
        printer.println();
        printer.printRecord(safeText(title));
        printHeader();
    }

    @Override
    protected void writeTrailer() throws IOException {
        // flush, not close: closing the printer would close the caller's stream
        printer.flush();
    }

    private void printHeader() throws IOException {
        printer.printRecord(columns.stream().map(TableColumn::key).toList());
    }

    private static String textOf(ExportValueType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> safeText(value);
            case NUMBER -> value.toString();
            case MONEY -> ((BigDecimal) value).toPlainString();
            case INSTANT -> DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        };
    }
}
