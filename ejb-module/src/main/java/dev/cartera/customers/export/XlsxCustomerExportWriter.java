package dev.cartera.customers.export;

import dev.cartera.shared.spreadsheets.SpreadsheetStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written through POI's streaming SXSSF: only the last {@value #ROW_ACCESS_WINDOW} rows are on
 * the heap; older ones go to a gzip-compressed temporary file, which grows on disk (not on the heap) with the
 * row count and is deleted by {@link #close()}. Nothing reaches the output stream before {@link #finish()},
 * which zips the sheets into it; a failed export therefore sends no bytes at all.
 *
 * <p>Cells are typed: the id is a number, the instants are date cells in UTC (Excel has no time zone, so the
 * header says "UTC"), everything else a string neutralised against formula injection. Strings are written
 * inline rather than through a shared strings table, which would keep every distinct string in memory.
 * A sheet holds at most 1,048,575 customers under its header (Excel's row limit); more continue on
 * "Customers (2)" and so on, instead of failing in the middle of a large export. A section (one customer's
 * purchases) is a sheet of its own after them, with the same header style; amounts are number cells in #,##0.00.
 */
final class XlsxCustomerExportWriter extends StreamingExportWriter {

    static final int ROW_ACCESS_WINDOW = 100;
    static final String SHEET_NAME = "Customers";
    private static final int MAX_DATA_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // room for the auto-filter drop-down button in the header cells
    private static final int HEADER_BUTTON_CHARS = 3;

    private final OutputStream out;
    private final int maxDataRowsPerSheet;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle idStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle moneyStyle;
    private List<? extends TableColumn> columns = ExportColumn.ALL;
    private String title = SHEET_NAME;
    private SXSSFSheet sheet;
    private int sheetCount;
    private int nextRow;

    XlsxCustomerExportWriter(OutputStream out) {
        this(out, MAX_DATA_ROWS_PER_SHEET);
    }

    /** @param maxDataRowsPerSheet lower than Excel's limit only in tests, to see a sheet overflow */
    XlsxCustomerExportWriter(OutputStream out, int maxDataRowsPerSheet) {
        this.out = out;
        this.maxDataRowsPerSheet = maxDataRowsPerSheet;
        workbook = new SXSSFWorkbook(ROW_ACCESS_WINDOW);
        workbook.setCompressTempFiles(true);
        headerStyle = SpreadsheetStyles.header(workbook);
        // the workbook's default style, set on each cell anyway: an unstyled cell makes POI look up its column's
        // style in the sheet XML, which took most of the export's time
        textStyle = workbook.getCellStyleAt(0);
        idStyle = SpreadsheetStyles.format(workbook, "0"); // no scientific notation for long ids
        dateTimeStyle = SpreadsheetStyles.format(workbook, "yyyy-mm-dd hh:mm:ss");
        moneyStyle = SpreadsheetStyles.format(workbook, "#,##0.00");
    }

    @Override
    protected void writeValues(Object[] values) {
        if (sheet == null || nextRow > maxDataRowsPerSheet) {
            startSheet();
        }
        Row sheetRow = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue; // a blank cell, not an empty string
            }
            Cell cell = sheetRow.createCell(i);
            switch (columns.get(i).type()) {
                case TEXT -> {
                    cell.setCellValue(fitted(safeText(value)));
                    cell.setCellStyle(textStyle);
                }
                case NUMBER -> {
                    // Excel numbers are doubles: ids are exact up to 2^53, far beyond any customer count
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(idStyle);
                }
                case MONEY -> {
                    // exact to the cent up to 2^53 cents (90 trillion), beyond any one purchase
                    cell.setCellValue(((BigDecimal) value).doubleValue());
                    cell.setCellStyle(moneyStyle);
                }
                case INSTANT -> {
                    cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
                    cell.setCellStyle(dateTimeStyle);
                }
            }
        }
    }

    /** A sheet of its own, named by the title, after the customers' (written even when the customers' is empty). */
    @Override
    protected void startTable(String title, List<? extends TableColumn> columns) {
        if (sheet == null) {
            startSheet();
        }
        endSheet();
        this.columns = columns;
        this.title = WorkbookUtil.createSafeSheetName(title);
        sheet = null;
        sheetCount = 0;
        startSheet();
    }

    @Override
    protected void writeTrailer() throws IOException {
        if (sheet == null) {
            startSheet(); // an empty export still has its header
        }
        endSheet();
        workbook.write(out);
        out.flush();
    }

    @Override
    protected void release() throws IOException {
        try {
            // on an abandoned export, close() would flush the rows still in the window into sheet writers it has
            // just closed, and log a warning per sheet; flushed now, they leave close() nothing to do but delete
            for (Sheet each : workbook) {
                ((SXSSFSheet) each).flushRows();
            }
        } finally {
            // close() deletes the temporary files; POI 5.5 deprecates dispose() in favour of it
            workbook.close();
        }
    }

    private void startSheet() {
        if (sheet != null) {
            endSheet();
        }
        sheetCount++;
        sheet = workbook.createSheet(sheetCount == 1 ? title : title + " (" + sheetCount + ")");
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            TableColumn column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.label());
            cell.setCellStyle(headerStyle);
            // set, not autosized: autosizing needs every row in memory, which SXSSF has already flushed
            sheet.setColumnWidth(i, (column.width() + HEADER_BUTTON_CHARS) * 256);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    /** The filter covers the data too: Excel filters only the rows inside the range. */
    private void endSheet() {
        int lastColumn = columns.size() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, lastColumn));
    }

    private static String fitted(String text) {
        // longer than a cell can hold: POI would throw in the middle of the export
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }
}
