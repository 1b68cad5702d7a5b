package dev.cartera.customers.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A section after one customer (their purchases, say) in each format: typed, titled, and safe against formulas. */
class ExportSectionTest {

    private static final List<SectionColumn> COLUMNS = List.of(
            new SectionColumn("id", "ID", ExportValueType.NUMBER, 8),
            new SectionColumn("invoiceNumber", "Invoice", ExportValueType.TEXT, 20),
            new SectionColumn("purchasedAt", "Purchased (UTC)", ExportValueType.INSTANT, 19),
            new SectionColumn("amount", "Amount (COP)", ExportValueType.MONEY, 16),
            new SectionColumn("store", "Store", ExportValueType.TEXT, 20));
    private static final Instant AT = Instant.parse("2026-10-31T23:59:59Z");
    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

    @Test
    void csvAddsABlankLineTheTitleAndTheSectionsOwnHeader() throws IOException {
        String text = new String(export(ExportFormat.CSV), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();

        assertEquals("1", records.get(1).get(0), "the customer");
        assertEquals(List.of(""), records.get(2).toList(), "a blank line");
        assertEquals(List.of("Purchases"), records.get(3).toList());
        assertEquals(List.of("id", "invoiceNumber", "purchasedAt", "amount", "store"), records.get(4).toList());
        assertEquals(List.of("7", "001-001-000000123", "2026-10-31T23:59:59Z", "1500000.50", "'" + FORMULA),
                records.get(5).toList());
        assertEquals(List.of("8", "FE-9", "", "0.01", ""), records.get(6).toList(), "nulls are empty");
        assertEquals(7, records.size());
    }

    @Test
    void xlsxPutsTheSectionOnASheetOfItsOwnWithMoneyCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            assertEquals(List.of("Customers", "Purchases"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            assertEquals(1.0, workbook.getSheet("Customers").getRow(1).getCell(0).getNumericCellValue());
            XSSFSheet purchases = workbook.getSheet("Purchases");
            assertEquals("Amount (COP)", purchases.getRow(0).getCell(3).getStringCellValue());
            assertTrue(purchases.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals(1, purchases.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:E3", purchases.getCTWorksheet().getAutoFilter().getRef());
            XSSFRow first = purchases.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals(1_500_000.50, first.getCell(3).getNumericCellValue());
            assertEquals("#,##0.00", first.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("'" + FORMULA, first.getCell(4).getStringCellValue());
            XSSFCell missing = purchases.getRow(2).getCell(2);
            assertTrue(missing == null || missing.getCellType() == CellType.BLANK, "null is a blank cell");
        }
    }

    @Test
    void txtListsTheSectionUnderItsTitle() throws IOException {
        List<String> lines = new String(export(ExportFormat.TXT), StandardCharsets.UTF_8).lines().toList();

        assertEquals("", lines.get(3));
        assertEquals("Purchases", lines.get(4));
        assertTrue(lines.get(5).startsWith("ID        Invoice"), lines.get(5));
        assertTrue(lines.get(7).contains("001-001-000000123"), lines.get(7));
        assertTrue(lines.get(7).contains("2026-10-31 23:59:59"), lines.get(7));
        assertTrue(lines.get(7).contains("      1500000.50  '=HYPERLINK"), lines.get(7));
        assertEquals(9, lines.size());
    }

    @Test
    void customersComeBeforeSectionsAndRowsFitTheirColumns() throws IOException {
        try (CustomerExportWriter writer = ExportFormat.CSV.writerFor(new ByteArrayOutputStream())) {
            assertThrows(IllegalStateException.class, () -> writer.writeSectionRow(List.of(1L)));
            writer.startSection("Purchases", COLUMNS);
            assertThrows(IllegalStateException.class, () -> writer.write(ExportSamples.JOSE));
            assertThrows(IllegalArgumentException.class, () -> writer.writeSectionRow(List.of(1L)));
        }
    }

    private static byte[] export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerExportWriter writer = format.writerFor(out)) {
            writer.write(ExportSamples.JOSE);
            writer.startSection("Purchases", COLUMNS);
            writer.writeSectionRow(List.of(7L, "001-001-000000123", AT, new BigDecimal("1500000.50"), FORMULA));
            writer.writeSectionRow(Arrays.asList(8L, "FE-9", null, new BigDecimal("0.01"), null));
            writer.finish();
        }
        return out.toByteArray();
    }
}
