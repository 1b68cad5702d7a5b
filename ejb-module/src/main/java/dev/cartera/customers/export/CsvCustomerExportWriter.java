package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: comma, CRLF, fields quoted only when they need it, a header row of the stable column keys,
 * instants in ISO-8601 UTC, empty fields for nulls. Meant to be read back by programs (and by our own CSV
 * import), which is why its header is not translated.
 */
final class CsvCustomerExportWriter extends StreamingExportWriter {

    /*
     * Excel (as installed in Latin America, with a Windows-1252 default) opens a UTF-8 CSV correctly only when
     * it starts with a byte order mark; without it "José Pérez" shows as "JosÃ© PÃ©rez".
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ExportColumn.keys())
            .get();

    private final Writer writer;
    private final CSVPrinter printer;
    private final Object[] record = new Object[ExportColumn.ALL.size()];

    CsvCustomerExportWriter(OutputStream out) throws IOException {
        writer = utf8(out);
        writer.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(writer, FORMAT); // prints the header
    }

    @Override
    protected void writeRow(CustomerExportRow row) throws IOException {
        for (int i = 0; i < record.length; i++) {
            record[i] = textOf(ExportColumn.ALL.get(i), row);
        }
        printer.printRecord(record);
    }

    @Override
    protected void writeTrailer() throws IOException {
        // flush, not close: closing the printer would close the caller's stream
        printer.flush();
    }

    private static String textOf(ExportColumn column, CustomerExportRow row) {
        Object value = column.valueOf(row);
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> column.safeTextOf(row);
            case NUMBER -> value.toString();
            case INSTANT -> DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        };
    }
}
