package dev.cartera.customers.export;

import java.io.IOException;
import java.util.List;

/**
 * Records another context holds of a customer (their purchases...), added to that customer's own export as a
 * table after the customer: a sheet of its own in XLSX, a block after a blank line in CSV and TXT. Each such
 * context implements this as a CDI bean, so the directory exports them without depending on those contexts, as
 * with {@code CustomerDependents}. Text values go through the same formula-injection guard as the customer's.
 */
public interface CustomerExportSection {

    /** The table's name for people: the sheet name and the heading, e.g. "Purchases". At most 25 characters. */
    String title();

    List<SectionColumn> columns();

    /**
     * Hands the customer's records to {@code sink} one row at a time, in a stable order, each row's values in
     * {@link #columns()} order (null for an empty cell). Called outside any transaction, while the file streams:
     * read in pages rather than all at once.
     */
    void forEachRow(long customerId, RowSink sink) throws IOException;

    /** Where the rows go: the export writer, which may fail writing to the client. */
    @FunctionalInterface
    interface RowSink {
        void accept(List<?> values) throws IOException;
    }
}
