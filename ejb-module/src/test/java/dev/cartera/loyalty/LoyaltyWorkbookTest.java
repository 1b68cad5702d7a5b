package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with POI: what an Excel user would see, and nothing a spreadsheet would run. */
class LoyaltyWorkbookTest {

    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final LoyaltyPeriod OCTOBER = new LoyaltyPeriod(YearMonth.of(2026, 10), GUAYAQUIL);
    private static final LoyaltyThreshold THRESHOLD = new LoyaltyThreshold(new BigDecimal("5000000"));
    private static final Instant GENERATED_AT = Instant.parse("2026-11-01T06:00:03Z");
    private static final String INJECTED = "=cmd|' /C calc'!A0";

    private static final List<LoyaltyRow> ROWS = List.of(
            new LoyaltyRow("RUC", "1790012345001", INJECTED, "@evil.example", "+593991234567", "Quito", 4,
                    new BigDecimal("12500000.50")),
            new LoyaltyRow("CI", "1714307103", "Rosa Cedeño", "rosa@example.com", null, null, 2,
                    new BigDecimal("5000000.01")));

    @TempDir
    Path poiTemp;

    @BeforeEach
    void watchPoiTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restorePoiTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void customersSheetHasTheRowsInOrderUnderAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = read(write(ROWS, "ana.agent"))) {
            assertEquals(List.of("Customers", "Summary"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            XSSFSheet sheet = workbook.getSheet(LoyaltyWorkbook.CUSTOMERS);
            XSSFRow header = sheet.getRow(0);
            for (int c = 0; c < LoyaltyWorkbook.HEADERS.length; c++) {
                assertEquals(LoyaltyWorkbook.HEADERS[c], header.getCell(c).getStringCellValue());
                assertTrue(header.getCell(c).getCellStyle().getFont().getBold());
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "a frozen header");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A1:H3", sheet.getCTWorksheet().getAutoFilter().getRef(), "header and data filtered");
            assertEquals(2, sheet.getLastRowNum());

            XSSFRow first = sheet.getRow(1);
            assertEquals("RUC", first.getCell(0).getStringCellValue());
            assertEquals("1790012345001", first.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType());
            assertEquals(4, first.getCell(6).getNumericCellValue());
            assertMoney(first.getCell(7), "12500000.50");
            assertEquals("Rosa Cedeño", sheet.getRow(2).getCell(2).getStringCellValue());
            assertMoney(sheet.getRow(2).getCell(7), "5000000.01");
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(4).getCellType(), "no phone: a blank cell");
        }
    }

    @Test
    void textFromDataNeverRunsAsAFormula() throws IOException {
        try (XSSFWorkbook workbook = read(write(ROWS, "=HYPERLINK(\"http://evil\",\"x\")"))) {
            XSSFRow first = workbook.getSheet(LoyaltyWorkbook.CUSTOMERS).getRow(1);
            assertEquals(CellType.STRING, first.getCell(2).getCellType());
            assertEquals("'" + INJECTED, first.getCell(2).getStringCellValue());
            assertEquals("'@evil.example", first.getCell(3).getStringCellValue());
            assertEquals("'+593991234567", first.getCell(4).getStringCellValue());
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertTrue(cell.getCellType() != CellType.FORMULA, cell.getAddress() + " is a formula"))));
            XSSFCell generatedBy = summaryValue(workbook, "Generated by");
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", generatedBy.getStringCellValue());
        }
    }

    @Test
    void summarySaysThePeriodTheRuleTheCountsAndWhenAndByWhomInTheCompanyZone() throws IOException {
        try (XSSFWorkbook workbook = read(write(ROWS, "system"))) {
            assertEquals("2026-10", summaryValue(workbook, "Period").getStringCellValue());
            assertEquals("America/Guayaquil", summaryValue(workbook, "Time zone").getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 10, 1, 0, 0),
                    summaryValue(workbook, "From (America/Guayaquil)").getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2026, 11, 1, 0, 0),
                    summaryValue(workbook, "Until, excluded (America/Guayaquil)").getLocalDateTimeCellValue());
            assertTrue(summaryValue(workbook, "Rule").getStringCellValue().contains("strictly greater"));
            assertMoney(summaryValue(workbook, "Threshold (COP)"), "5000000.00");
            assertEquals(2, summaryValue(workbook, "Qualifying customers").getNumericCellValue());
            assertMoney(summaryValue(workbook, "Total (COP)"), "17500000.51");
            XSSFCell generatedAt = summaryValue(workbook, "Generated at (America/Guayaquil)");
            assertEquals(LocalDateTime.of(2026, 11, 1, 1, 0, 3), generatedAt.getLocalDateTimeCellValue());
            assertEquals("2026-11-01 01:00:03", new DataFormatter().formatCellValue(generatedAt));
            assertEquals("system", summaryValue(workbook, "Generated by").getStringCellValue());
        }
    }

    @Test
    void anEmptyMonthStillHasItsHeaderAndSummary() throws IOException {
        try (XSSFWorkbook workbook = read(write(List.of(), "system"))) {
            XSSFSheet sheet = workbook.getSheet(LoyaltyWorkbook.CUSTOMERS);
            assertEquals(0, sheet.getLastRowNum());
            assertEquals("A1:H1", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(0, summaryValue(workbook, "Qualifying customers").getNumericCellValue());
            assertMoney(summaryValue(workbook, "Total (COP)"), "0.00");
        }
    }

    @Test
    void countsAndTotalsWhatWasAddedAndLeavesNoTemporaryFile() throws IOException {
        LoyaltyWorkbook workbook = new LoyaltyWorkbook();
        for (int i = 0; i < 1_000; i++) {
            workbook.add(new LoyaltyRow("CC", String.valueOf(1000 + i), "Cliente " + i, null, null, "Bogotá", 1,
                    new BigDecimal("5000000.10")));
        }
        assertEquals(1_000, workbook.rows());
        assertEquals(new BigDecimal("5000000100.00"), workbook.total());
        assertTrue(countFiles(poiTemp) > 0, "SXSSF has flushed rows to a temporary file");
        workbook.close();
        assertEquals(0, countFiles(poiTemp), "close() deletes the temporary files, even unwritten");
    }

    private static byte[] write(List<LoyaltyRow> rows, String by) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LoyaltyWorkbook workbook = new LoyaltyWorkbook()) {
            rows.forEach(workbook::add);
            workbook.finish(OCTOBER, THRESHOLD, GENERATED_AT, by, out);
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static XSSFCell summaryValue(XSSFWorkbook workbook, String label) {
        XSSFSheet summary = workbook.getSheet(LoyaltyWorkbook.SUMMARY);
        for (int r = 0; r <= summary.getLastRowNum(); r++) {
            XSSFRow row = summary.getRow(r);
            if (row != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no summary line " + label);
    }

    private static void assertMoney(XSSFCell cell, String amount) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "money is a number, not text");
        assertEquals(new BigDecimal(amount).doubleValue(), cell.getNumericCellValue());
        assertEquals(LoyaltyWorkbook.MONEY_FORMAT, cell.getCellStyle().getDataFormatString());
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
