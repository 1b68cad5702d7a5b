package dev.cartera.customers.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Turns customers into the bytes of one export file, streaming: rows go out (or to a temporary file, for
 * XLSX) as they are written, so memory does not grow with the number of rows. Get one from
 * {@link ExportFormat#writerFor}.
 *
 * <pre>{@code
 * try (CustomerExportWriter writer = format.writerFor(out)) {
 *     for (List<CustomerExportRow> page : pages) {
 *         writer.writeAll(page);
 *     }
 *     writer.finish();
 * }
 * }</pre>
 *
 * <p>{@link #finish()} and {@link #close()} are separate on purpose: a {@code close()} without
 * {@code finish()} abandons the export, so a query failing halfway never yields a well-formed but silently
 * truncated spreadsheet. The output stream belongs to the caller and is flushed, never closed.
 */
public interface CustomerExportWriter extends Closeable {

    /** Adds one row after those already written. */
    void write(CustomerExportRow row) throws IOException;

    /** Adds rows in order; convenient for a page of a keyset query. */
    default void writeAll(Iterable<? extends CustomerExportRow> rows) throws IOException {
        for (CustomerExportRow row : rows) {
            write(row);
        }
    }

    /**
     * After the customers, starts another table (one customer's purchases, say) with its own header: an XLSX sheet
     * named {@code title}, or a blank line, the title and the header in CSV and TXT. No customer row may follow.
     */
    void startSection(String title, List<SectionColumn> columns) throws IOException;

    /** Adds a row to the current section: the values in its columns' order, typed as they say, null for empty. */
    void writeSectionRow(List<?> values) throws IOException;

    /** Completes the file after the last row (for XLSX, this is when the bytes are written) and flushes it. */
    void finish() throws IOException;

    /** Releases what the writer holds (temporary files for XLSX), finished or not; idempotent. */
    @Override
    void close() throws IOException;
}
