package dev.cartera.customers.export;

import static dev.cartera.customers.export.ExportSamples.ALL;
import static dev.cartera.customers.export.ExportSamples.HYPERLINK;
import static dev.cartera.customers.export.ExportSamples.JOSE_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class XlsxCustomerExportWriterTest {

    private static final List<String> LABELS = List.of("ID", "Document type", "Document number", "Kind",
            "First name", "Last name", "Legal name", "Trade name", "Email", "Phone", "Address", "City", "Province",
            "Country", "Created (UTC)", "Updated (UTC)");

    @RegisterExtension
    final PoiTemporaryFiles poiTemp = new PoiTemporaryFiles();

    @Test
    void writesOneSheetWithAStyledFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = read(ExportSamples.export(ExportFormat.XLSX, ALL))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheet("Customers");
            assertHeader(sheet, 3);
            XSSFCell first = sheet.getRow(0).getCell(0);
            assertTrue(first.getCellStyle().getFont().getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, first.getCellStyle().getFillPattern());
            assertTrue(sheet.getColumnWidth(ExportColumn.LEGAL_NAME.ordinal())
                    > sheet.getColumnWidth(ExportColumn.KIND.ordinal()), "widths set per column");
        }
    }

    @Test
    void writesTypedCells() throws IOException {
        try (XSSFWorkbook workbook = read(ExportSamples.export(ExportFormat.XLSX, ALL))) {
            XSSFRow jose = workbook.getSheet("Customers").getRow(1);

            XSSFCell id = jose.getCell(ExportColumn.ID.ordinal());
            assertEquals(CellType.NUMERIC, id.getCellType());
            assertEquals(1.0, id.getNumericCellValue());
            assertDate(ExportSamples.JOSE_CREATED, jose.getCell(ExportColumn.CREATED_AT.ordinal()));
            assertDate(ExportSamples.JOSE_UPDATED, jose.getCell(ExportColumn.UPDATED_AT.ordinal()));
            assertEquals("José", text(jose, ExportColumn.FIRST_NAME));
            assertEquals(JOSE_ADDRESS, text(jose, ExportColumn.ADDRESS));
            assertNull(jose.getCell(ExportColumn.LEGAL_NAME.ordinal()), "null is a blank cell");

            XSSFRow company = workbook.getSheet("Customers").getRow(2);
            assertEquals("Sol de la Mañana Cía. Ltda.", text(company, ExportColumn.LEGAL_NAME));
            XSSFCell never = company.getCell(ExportColumn.UPDATED_AT.ordinal());
            assertTrue(never == null || never.getCellType() == CellType.BLANK, "null is a blank cell");
        }
    }

    @Test
    void quotesFormulaTriggersIncludingPhones() throws IOException {
        try (XSSFWorkbook workbook = read(ExportSamples.export(ExportFormat.XLSX, ALL))) {
            XSSFSheet sheet = workbook.getSheet("Customers");
            XSSFRow attack = sheet.getRow(3);
            assertEquals("'" + HYPERLINK, text(attack, ExportColumn.LEGAL_NAME));
            assertEquals("'+cmd", text(attack, ExportColumn.FIRST_NAME));
            assertEquals("'-2+3", text(attack, ExportColumn.LAST_NAME));
            assertEquals("'@SUM(1)", text(attack, ExportColumn.TRADE_NAME));
            assertEquals("'\tcalc", text(attack, ExportColumn.ADDRESS));
            assertEquals("'+593991234567", text(sheet.getRow(1), ExportColumn.PHONE));
            attack.forEach(cell -> assertNotEquals(CellType.FORMULA, cell.getCellType()));
        }
    }

    @Test
    void continuesOnANewSheetPastTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerExportWriter writer = new XlsxCustomerExportWriter(out, 2)) {
            for (long n = 1; n <= 5; n++) {
                writer.write(ExportSamples.generated(n));
            }
            writer.finish();
        }

        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertEquals(List.of("Customers", "Customers (2)", "Customers (3)"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            assertHeader(workbook.getSheetAt(0), 2);
            assertHeader(workbook.getSheetAt(1), 2);
            assertHeader(workbook.getSheetAt(2), 1);
            assertEquals(5.0, workbook.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void anEmptyExportHasTheHeader() throws IOException {
        try (XSSFWorkbook workbook = read(ExportSamples.export(ExportFormat.XLSX, List.of()))) {
            assertHeader(workbook.getSheet("Customers"), 0);
        }
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        List<CustomerExportRow> rows = Stream.iterate(1L, n -> n + 1).limit(500).map(ExportSamples::generated).toList();
        ExportSamples.export(ExportFormat.XLSX, rows);

        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void theFirstRowsLeaveBeforeTheExportEnds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerExportWriter writer = ExportFormat.XLSX.writerFor(out)) {
            for (long n = 1; n <= XlsxCustomerExportWriter.ROWS_PER_FLUSH; n++) {
                writer.write(ExportSamples.generated(n));
            }
            assertTrue(out.size() > 0, "one block of rows is sent as soon as it is written");
            int sent = out.size();
            for (long n = XlsxCustomerExportWriter.ROWS_PER_FLUSH + 1; n <= 3L * XlsxCustomerExportWriter.ROWS_PER_FLUSH; n++) {
                writer.write(ExportSamples.generated(n));
            }
            assertTrue(out.size() > sent, "and each block after it");
            writer.finish();
        }
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheet("Customers");
            assertHeader(sheet, 3 * XlsxCustomerExportWriter.ROWS_PER_FLUSH);
            XSSFRow last = sheet.getRow(3 * XlsxCustomerExportWriter.ROWS_PER_FLUSH);
            assertEquals(3.0 * XlsxCustomerExportWriter.ROWS_PER_FLUSH, last.getCell(0).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(last.getCell(ExportColumn.CREATED_AT.ordinal())),
                    "the formats reach the last block too");
        }
    }

    @Test
    void anAbandonedExportSendsNoWorkbookAndLeavesNoTemporaryFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerExportWriter writer = ExportFormat.XLSX.writerFor(out)) {
            for (long n = 1; n <= 2500; n++) {
                writer.write(ExportSamples.generated(n));
            }
        }

        assertTrue(out.size() > 0, "the first blocks were sent");
        assertThrows(Exception.class, () -> read(out.toByteArray()).close(), "without its end the zip is no workbook");
        assertEquals(List.of(), temporaryFiles());
    }

    private static void assertHeader(XSSFSheet sheet, int dataRows) {
        Row header = sheet.getRow(0);
        for (int i = 0; i < LABELS.size(); i++) {
            assertEquals(LABELS.get(i), header.getCell(i).getStringCellValue());
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
        assertEquals("A1:P" + (dataRows + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(dataRows, sheet.getLastRowNum());
    }

    private static void assertDate(Instant expected, XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell), "formatted as a date");
        assertEquals(LocalDateTime.ofInstant(expected, ZoneOffset.UTC), cell.getLocalDateTimeCellValue());
    }

    private static String text(XSSFRow row, ExportColumn column) {
        XSSFCell cell = row.getCell(column.ordinal());
        assertEquals(CellType.STRING, cell.getCellType());
        return cell.getStringCellValue();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private List<Path> temporaryFiles() throws IOException {
        return poiTemp.files();
    }
}
