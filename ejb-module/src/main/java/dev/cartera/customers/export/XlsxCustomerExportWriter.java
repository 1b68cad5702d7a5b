package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.WorkbookUtil;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook written into the caller's stream as it goes (fastexcel): every {@value #ROWS_PER_FLUSH} rows
 * the sheet's XML so far is compressed into the zip entry and sent, so the first bytes leave with the first rows,
 * the heap holds one block of rows, and no temporary file is written. The price: an export that fails half-way has
 * sent the start of a workbook that will not open (the client sees the connection end without the zip's end).
 *
 * <p>Cells are typed: the id is a number, the instants are date cells in UTC (Excel has no time zone, so the
 * header says "UTC"), everything else an inline string neutralised against formula injection (inline, not in a
 * shared strings table, which would keep every distinct string in memory). Number, money and date formats are set
 * per column on each block of rows, so a blank value in such a column is a blank cell with the column's format.
 * A sheet holds at most 1,048,575 customers under its header (Excel's row limit); more continue on "Customers (2)"
 * and so on. A section (one customer's purchases) is a sheet of its own after them, with the same header style.
 */
final class XlsxCustomerExportWriter extends StreamingExportWriter {

    static final int ROWS_PER_FLUSH = 1_000;
    static final String SHEET_NAME = "Customers";
    private static final int MAX_DATA_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // room for the auto-filter drop-down button in the header cells
    private static final int HEADER_BUTTON_CHARS = 3;
    // light grey behind bold text: the header of every workbook the application writes (SpreadsheetStyles)
    private static final String HEADER_FILL = "C0C0C0";

    private final OutputStream out;
    private final int maxDataRowsPerSheet;
    private final Workbook workbook;
    private List<? extends TableColumn> columns = ExportColumn.ALL;
    private String title = SHEET_NAME;
    private Worksheet sheet;
    private int sheetCount;
    private int nextRow;
    private int unformattedFrom;

    XlsxCustomerExportWriter(OutputStream out) {
        this(out, MAX_DATA_ROWS_PER_SHEET);
    }

    /** @param maxDataRowsPerSheet lower than Excel's limit only in tests, to see a sheet overflow */
    XlsxCustomerExportWriter(OutputStream out, int maxDataRowsPerSheet) {
        this.out = out;
        this.maxDataRowsPerSheet = maxDataRowsPerSheet;
        this.workbook = new Workbook(out, "Cartera", "1.0");
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        if (sheet == null || nextRow > maxDataRowsPerSheet) {
            startSheet();
        }
        int row = nextRow++;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue; // a blank cell, not an empty string
            }
            switch (columns.get(i).type()) {
                case TEXT -> sheet.inlineString(row, i, fitted(safeText(value)));
                // Excel numbers are doubles: ids are exact up to 2^53, far beyond any customer count
                case NUMBER -> sheet.value(row, i, ((Number) value).longValue());
                // exact to the cent up to 2^53 cents (90 trillion), beyond any one purchase
                case MONEY -> sheet.value(row, i, (BigDecimal) value);
                case INSTANT -> sheet.value(row, i, LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            }
        }
        if (nextRow - unformattedFrom >= ROWS_PER_FLUSH) {
            formatPendingRows();
            sheet.flush();
        }
    }

    /** A sheet of its own, named by the title, after the customers' (written even when the customers' is empty). */
    @Override
    protected void startTable(String title, List<? extends TableColumn> columns) throws IOException {
        if (sheet == null) {
            startSheet();
        }
        endSheet();
        this.columns = columns;
        this.title = WorkbookUtil.createSafeSheetName(title);
        sheetCount = 0;
        startSheet();
    }

    @Override
    protected void writeTrailer() throws IOException {
        if (sheet == null) {
            startSheet(); // an empty export still has its header
        }
        endSheet();
        workbook.finish();
        out.flush();
    }

    private void startSheet() throws IOException {
        if (sheet != null) {
            endSheet();
        }
        sheetCount++;
        sheet = workbook.newWorksheet(sheetCount == 1 ? title : title + " (" + sheetCount + ")");
        for (int i = 0; i < columns.size(); i++) {
            TableColumn column = columns.get(i);
            sheet.inlineString(0, i, column.label());
            // set, not autosized: autosizing would need every row before the first is sent
            sheet.width(i, column.width() + HEADER_BUTTON_CHARS);
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        sheet.freezePane(0, 1);
        nextRow = 1;
        unformattedFrom = 1;
    }

    /** The filter covers the data too: Excel filters only the rows inside the range. */
    private void endSheet() throws IOException {
        formatPendingRows();
        sheet.setAutoFilter(0, 0, nextRow - 1, columns.size() - 1);
        sheet.finish();
        sheet = null;
    }

    /** The number and date formats of the rows written since the last flush, one column range at a time. */
    private void formatPendingRows() {
        if (nextRow <= unformattedFrom) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            String format = switch (columns.get(i).type()) {
                case TEXT -> null;
                case NUMBER -> "0"; // no scientific notation for long ids
                case MONEY -> "#,##0.00";
                case INSTANT -> "yyyy-mm-dd hh:mm:ss";
            };
            if (format != null) {
                sheet.range(unformattedFrom, i, nextRow - 1, i).style().format(format).set();
            }
        }
        unformattedFrom = nextRow;
    }

    private static String fitted(String text) {
        // longer than a cell can hold: Excel would refuse the file
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }
}
