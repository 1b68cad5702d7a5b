package dev.cartera.customers.export;

import dev.cartera.shared.spreadsheets.SpreadsheetInjection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The life cycle every format shares: customer rows, then sections, then one finish, then close; anything else
 * is a caller bug. Each format writes a table as a header and rows of values typed by their columns.
 */
abstract class StreamingExportWriter implements CustomerExportWriter {

    private final Object[] customerValues = new Object[ExportColumn.ALL.size()];
    private List<SectionColumn> sectionColumns;
    private boolean finished;
    private boolean closed;

    @Override
    public final void write(CustomerExportRow row) throws IOException {
        Objects.requireNonNull(row, "row");
        requireOpen();
        if (sectionColumns != null) {
            throw new IllegalStateException("customers come before the sections");
        }
        ExportColumn.fill(row, customerValues);
        writeValues(customerValues);
    }

    @Override
    public final void startSection(String title, List<SectionColumn> columns) throws IOException {
        Objects.requireNonNull(title, "title");
        requireOpen();
        sectionColumns = List.copyOf(columns);
        startTable(title, sectionColumns);
    }

    @Override
    public final void writeSectionRow(List<?> values) throws IOException {
        requireOpen();
        if (sectionColumns == null) {
            throw new IllegalStateException("no section started");
        }
        if (values.size() != sectionColumns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + sectionColumns.size() + " columns");
        }
        writeValues(values.toArray());
    }

    @Override
    public final void finish() throws IOException {
        requireOpen();
        // set first: a failed trailer must not be retried onto a half-written stream
        finished = true;
        writeTrailer();
    }

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            release();
        }
    }

    /** One row of the current table: the customers', until a section starts. */
    protected abstract void writeValues(Object[] values) throws IOException;

    /** Ends the current table and starts another, with its own header, after it. */
    protected abstract void startTable(String title, List<? extends TableColumn> columns) throws IOException;

    /** Completes and flushes the output. */
    protected abstract void writeTrailer() throws IOException;

    /** Frees resources; must not close the caller's stream. */
    protected void release() throws IOException {
    }

    /** A text cell made safe for spreadsheets, or null. */
    static String safeText(Object value) {
        return SpreadsheetInjection.neutralise((String) value);
    }

    /** A buffered UTF-8 writer over the caller's stream, so text formats do not hit it once per value. */
    static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the export writer is closed");
        }
        if (finished) {
            throw new IllegalStateException("the export is already finished");
        }
    }
}
