package dev.cartera.loyalty;

import java.util.Locale;
import dev.cartera.shared.i18n.Messages;
import dev.cartera.shared.spreadsheets.SpreadsheetInjection;
import dev.cartera.shared.spreadsheets.SpreadsheetStyles;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The loyalty report as an Excel workbook, through POI's streaming SXSSF: only the last {@value #ROW_WINDOW} rows
 * are on the heap, older ones in a compressed temporary file that {@link #close()} deletes. Sheet "Customers": one
 * row per qualifying customer in the order given (highest total first), under a frozen header with an auto-filter;
 * money is numeric and formatted as COP. Sheet "Summary": the period, the rule, the counts, when and by whom.
 * Every text cell that comes from data is neutralised against formula injection.
 */
public final class LoyaltyWorkbook implements Closeable {

    static final String MONEY_FORMAT = "[$COP] #,##0.00";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final int ROW_WINDOW = 100;
    /** The columns' header texts ({@code loyalty.workbook.column.<name>}). */
    static final String[] HEADERS = {"documentType", "documentNumber", "name", "email", "phone", "city", "purchases",
            "total"};
    private static final int[] WIDTHS = {16, 20, 40, 32, 18, 22, 12, 22};
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final SXSSFSheet customers;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle dateTime;
    private final Locale language;
    private int rows;
    private BigDecimal total = BigDecimal.ZERO.setScale(2);

    /** @param language what the sheet names, headers and labels are written in */
    public LoyaltyWorkbook(Locale language) {
        this.language = language;
        workbook.setCompressTempFiles(true);
        plain = workbook.getCellStyleAt(0);
        header = SpreadsheetStyles.header(workbook);
        money = SpreadsheetStyles.format(workbook, MONEY_FORMAT);
        dateTime = SpreadsheetStyles.format(workbook, DATE_TIME_FORMAT);
        customers = workbook.createSheet(text("loyalty.workbook.customers"));
        Row first = customers.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            text(first, c, text("loyalty.workbook.column." + HEADERS[c])).setCellStyle(header);
            // set, not autosized: autosizing needs every row in memory, which SXSSF has already flushed
            customers.setColumnWidth(c, WIDTHS[c] * 256);
        }
        customers.createFreezePane(0, 1);
    }

    public void add(LoyaltyRow row) {
        if (rows == MAX_ROWS) {
            throw new IllegalStateException("More than " + MAX_ROWS + " customers qualify: more than an Excel sheet holds");
        }
        Row sheetRow = customers.createRow(++rows);
        text(sheetRow, 0, row.documentType());
        text(sheetRow, 1, row.documentNumber());
        text(sheetRow, 2, row.name());
        text(sheetRow, 3, row.email());
        text(sheetRow, 4, row.phone());
        text(sheetRow, 5, row.city());
        Cell purchases = sheetRow.createCell(6);
        purchases.setCellValue(row.purchases());
        purchases.setCellStyle(plain);
        money(sheetRow.createCell(7), row.total());
        total = total.add(row.total());
    }

    public int rows() {
        return rows;
    }

    public BigDecimal total() {
        return total;
    }

    /** Adds the summary and writes the whole workbook to {@code out} (not closed). */
    public void finish(LoyaltyPeriod period, LoyaltyThreshold threshold, Instant generatedAt, String generatedBy,
                       OutputStream out) throws IOException {
        // the filter covers the data too: Excel filters only the rows inside the range
        customers.setAutoFilter(new CellRangeAddress(0, rows, 0, HEADERS.length - 1));
        ZoneId zone = period.zone();
        Sheet summary = workbook.createSheet(text("loyalty.workbook.summary"));
        summary.setColumnWidth(0, 40 * 256);
        summary.setColumnWidth(1, 60 * 256);
        int r = 0;
        String zoneId = zone.getId();
        text(summary.createRow(r++), 0, text("loyalty.workbook.title")).setCellStyle(header);
        label(summary, r++, text("loyalty.workbook.period")).setCellValue(period.key());
        label(summary, r++, text("loyalty.workbook.zone")).setCellValue(zoneId);
        date(label(summary, r++, text("loyalty.workbook.from", zoneId)), period.start(), zone);
        date(label(summary, r++, text("loyalty.workbook.until", zoneId)), period.end(), zone);
        label(summary, r++, text("loyalty.workbook.rule")).setCellValue(text("loyalty.workbook.ruleText"));
        money(label(summary, r++, text("loyalty.workbook.threshold")), threshold.amount());
        label(summary, r++, text("loyalty.workbook.qualifying")).setCellValue(rows);
        money(label(summary, r++, text("loyalty.workbook.column.total")), total);
        date(label(summary, r++, text("loyalty.workbook.generatedAt", zoneId)), generatedAt, zone);
        label(summary, r, text("loyalty.workbook.generatedBy")).setCellValue(SpreadsheetInjection.neutralise(generatedBy));
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary files, whether or not the workbook was written. */
    @Override
    public void close() throws IOException {
        try {
            // flushed now, the rows still in the window leave close() nothing to write into closed sheet writers
            customers.flushRows();
        } finally {
            workbook.close();
        }
    }

    private Cell label(Sheet sheet, int rowIndex, String label) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(label);
        return row.createCell(1);
    }

    private void money(Cell cell, BigDecimal amount) {
        // Excel numbers are doubles: exact to the cent below 2^53 cents (about 90 trillion), far past a month's sales
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }

    private void date(Cell cell, Instant instant, ZoneId zone) {
        cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
        cell.setCellStyle(dateTime);
    }

    private Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        // the default style, set anyway: an unstyled cell makes POI look its column's style up, which is slow
        cell.setCellStyle(plain);
        if (value != null) {
            cell.setCellValue(SpreadsheetInjection.neutralise(value));
        }
        return cell;
    }

    private String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }
}
