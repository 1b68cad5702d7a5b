package dev.cartera.lending.schedule;

import java.util.Locale;
import dev.cartera.shared.i18n.Messages;
import dev.cartera.shared.spreadsheets.SpreadsheetInjection;
import dev.cartera.shared.spreadsheets.SpreadsheetStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A schedule as an Excel workbook: a few lines describing the loan, then one row per period with typed cells
 * (a date, money with two decimals) and a bold totals row. At most 360 rows, so the plain XSSF model suffices;
 * text cells are neutralised against formula injection like every export.
 */
public final class ScheduleWorkbook {

    /** The columns' header texts ({@code schedule.workbook.column.<name>}). */
    private static final String[] HEADERS = {"period", "dueDate", "instalment", "interest", "principal", "balance"};

    private ScheduleWorkbook() {
    }

    /**
     * @param title    e.g. "Loan 12 · CI 1714307103"
     * @param currency the ISO code shown next to the amounts
     * @param language what the sheet name, labels and headers are written in
     */
    public static void write(AmortizationSchedule schedule, String title, String currency, Locale language,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook, false);
            CellStyle boldMoney = bold(workbook, true);
            CellStyle money = SpreadsheetStyles.format(workbook, "#,##0.00");
            CellStyle date = SpreadsheetStyles.format(workbook, "yyyy-mm-dd");
            CellStyle rate = SpreadsheetStyles.format(workbook, "0.0000");
            Sheet sheet = workbook.createSheet(Messages.text(language, "schedule.workbook.sheet"));
            int r = 0;
            text(sheet.createRow(r++), 0, SpreadsheetInjection.neutralise(title), bold);
            Row principal = sheet.createRow(r++);
            text(principal, 0, Messages.text(language, "schedule.workbook.principal", currency), null);
            number(principal, 1, schedule.principal(), money);
            Row annual = sheet.createRow(r++);
            text(annual, 0, Messages.text(language, "schedule.workbook.rate"), null);
            number(annual, 1, schedule.annualRate(), rate);
            Row term = sheet.createRow(r++);
            text(term, 0, Messages.text(language, "schedule.workbook.term"), null);
            term.createCell(1).setCellValue(schedule.termMonths());
            Row instalment = sheet.createRow(r++);
            text(instalment, 0, Messages.text(language, "schedule.workbook.instalment", currency), null);
            number(instalment, 1, schedule.instalment(), money);
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.length; c++) {
                text(header, c, Messages.text(language, "schedule.workbook.column." + HEADERS[c]), bold);
            }
            for (AmortizationSchedule.Row each : schedule.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(each.period());
                Cell due = row.createCell(1);
                due.setCellValue(each.dueDate());
                due.setCellStyle(date);
                number(row, 2, each.instalment(), money);
                number(row, 3, each.interest(), money);
                number(row, 4, each.principal(), money);
                number(row, 5, each.balance(), money);
            }
            Row totals = sheet.createRow(r);
            text(totals, 0, Messages.text(language, "schedule.workbook.total"), bold);
            number(totals, 2, schedule.totals().instalments(), boldMoney);
            number(totals, 3, schedule.totals().interest(), boldMoney);
            number(totals, 4, schedule.totals().principal(), boldMoney);
            sheet.createFreezePane(0, headerRow + 1);
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, (c == 0 ? 26 : 18) * 256);
            }
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Excel numbers are doubles: exact to the cent far beyond any principal the column allows to be shown. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static CellStyle bold(XSSFWorkbook workbook, boolean money) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = money ? SpreadsheetStyles.format(workbook, "#,##0.00") : workbook.createCellStyle();
        style.setFont(font);
        if (!money) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
