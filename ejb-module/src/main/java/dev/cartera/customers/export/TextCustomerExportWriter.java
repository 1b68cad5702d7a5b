package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A listing for people: fixed-width columns, one header line and a separator line, UTF-8 without a byte order
 * mark (today's editors detect UTF-8 on their own), CRLF line ends so Windows Notepad shows lines too.
 *
 * <p>Fixed width rather than tab-separated: tabs line up only by luck in an editor or a terminal, and a
 * tab-separated file is a second CSV for programs, which the CSV export already serves. A section (one customer's
 * purchases) follows after a blank line, as its title and its own header. Widths come from
 * {@link ExportColumn#width()} rather than the data, so the listing streams without a first pass over the rows.
 * A longer text is cut and ends with "…" so nobody mistakes it for the whole value; numbers and dates are
 * never cut. Line breaks and other control characters inside a value become spaces, so one customer is
 * always one line. Widths count code points, so wide (CJK) characters and emoji still misalign; Spanish
 * and Portuguese text, after NFC normalisation, lines up.
 */
final class TextCustomerExportWriter extends StreamingExportWriter {

    private static final String COLUMN_GAP = "  ";
    private static final String LINE_END = "\r\n";
    private static final char ELLIPSIS = '…';
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Writer writer;
    private final StringBuilder line = new StringBuilder(512);
    private List<? extends TableColumn> columns = ExportColumn.ALL;

    TextCustomerExportWriter(OutputStream out) throws IOException {
        writer = utf8(out);
        printHeader();
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            TableColumn column = columns.get(i);
            Object value = values[i];
            String text = switch (column.type()) {
                case TEXT -> printable(safeText(value));
                case NUMBER -> value == null ? "" : value.toString();
                case MONEY -> value == null ? "" : ((BigDecimal) value).toPlainString();
                case INSTANT -> value == null ? "" : DATE_TIME.format((Instant) value);
            };
            appendCell(text, column.width(), column.type() == ExportValueType.NUMBER
                    || column.type() == ExportValueType.MONEY);
        }
        endLine();
    }

    /** A blank line, the title, then the section's own header. */
    @Override
    protected void startTable(String title, List<? extends TableColumn> columns) throws IOException {
        this.columns = columns;
        endLine();
        line.append(printable(safeText(title)));
        endLine();
        printHeader();
    }

    @Override
    protected void writeTrailer() throws IOException {
        writer.flush();
    }

    private void printHeader() throws IOException {
        for (TableColumn column : columns) {
            appendCell(column.label(), column.width(), false);
        }
        endLine();
        for (TableColumn column : columns) {
            appendCell("-".repeat(column.width()), column.width(), false);
        }
        endLine();
    }

    private void appendCell(String text, int width, boolean alignRight) {
        if (!line.isEmpty()) {
            line.append(COLUMN_GAP);
        }
        int length = text.codePointCount(0, text.length());
        if (length > width && !alignRight) {
            line.append(text, 0, text.offsetByCodePoints(0, width - 1)).append(ELLIPSIS);
            return;
        }
        String padding = " ".repeat(Math.max(0, width - length));
        if (alignRight) {
            line.append(padding).append(text);
        } else {
            line.append(text).append(padding);
        }
    }

    private void endLine() throws IOException {
        // trailing blanks of the last columns are noise in an editor and in diffs
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        writer.append(line).append(LINE_END);
        line.setLength(0);
    }

    /** One line per customer, and composed accents so "é" counts as one column whatever the source sent. */
    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder flat = null;
        for (int i = 0; i < composed.length(); i++) {
            if (Character.isISOControl(composed.charAt(i))) {
                if (flat == null) {
                    flat = new StringBuilder(composed);
                }
                flat.setCharAt(i, ' ');
            }
        }
        return flat == null ? composed : flat.toString();
    }
}
