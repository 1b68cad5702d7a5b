package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The qualifying customers a month's report lists, read back from its stored workbook rather than summed again: the
 * console shows what the file says, frozen when it was generated, even after purchases change. Only the first rows
 * (the file is sorted by total, highest first) and only from a file small enough to open on the heap.
 */
public final class ReportRows {

    /** POI's usermodel holds the whole workbook in memory; a file larger than this is only offered for download. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** One row of the report's customers sheet. */
    public record Customer(String documentType, String documentNumber, String name, String city, int purchases, BigDecimal total) {
    }

    private ReportRows() {
    }

    /** @return the first {@code max} rows, or null when the file is too large to read here */
    static List<Customer> firstRows(LoyaltyReportService.ReportFile file, int max) {
        try (var blob = file.blob()) {
            if (blob.metadata().size() > MAX_FILE_BYTES) {
                return null;
            }
            return read(blob.content(), max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Customer> read(InputStream content, int max) throws IOException {
        List<Customer> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(content)) {
            // the customers' sheet comes first, whatever language the workbook was written in
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum() && rows.size() < max; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row != null) {
                    rows.add(new Customer(text(row, 0), text(row, 1), text(row, 2), text(row, 5),
                            (int) number(row, 6), BigDecimal.valueOf(number(row, 7)).setScale(2, RoundingMode.HALF_UP)));
                }
            }
        }
        return rows;
    }

    private static String text(org.apache.poi.ss.usermodel.Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static double number(org.apache.poi.ss.usermodel.Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.NUMERIC ? 0 : cell.getNumericCellValue();
    }
}
