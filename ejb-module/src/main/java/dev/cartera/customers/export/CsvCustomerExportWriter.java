package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

    /**
     * Commons CSV prints into this, and it goes out encoded a block at a time: printing straight into a Writer
     * made a locked call per value and delimiter, and the Writer's encoder took the slow path for every accent
     * (half the export's writing, in a JFR profile of a million customers).
     */
    private static final int BLOCK = 32 * 1024;

    private final OutputStream out;
    private final StringBuilder block = new StringBuilder(BLOCK + 1024);
    private final CSVPrinter printer;
    private List<? extends TableColumn> columns = ExportColumn.ALL;
    private Object[] record = new Object[ExportColumn.ALL.size()];

    CsvCustomerExportWriter(OutputStream out) throws IOException {
        this.out = out;
        block.append(BYTE_ORDER_MARK);
        printer = new CSVPrinter(block, CSVFormat.RFC4180);
        printHeader();
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        for (int i = 0; i < record.length; i++) {
            record[i] = textOf(columns.get(i).type(), values[i]);
        }
        printer.printRecord(record);
        if (block.length() >= BLOCK) {
            writeBlock();
        }
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
        writeBlock();
        out.flush(); // not close: the stream is the caller's
    }

    private void writeBlock() throws IOException {
        out.write(block.toString().getBytes(StandardCharsets.UTF_8));
        block.setLength(0);
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
