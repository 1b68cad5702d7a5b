package dev.cartera.customers.export;

import static dev.cartera.customers.export.ExportSamples.ALL;
import static dev.cartera.customers.export.ExportSamples.HYPERLINK;
import static dev.cartera.customers.export.ExportSamples.JOSE_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.spreadsheets.SpreadsheetInjection;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvCustomerExportWriterTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String HEADER = "id,documentType,documentNumber,kind,firstName,lastName,legalName,tradeName,"
            + "email,phone,address,city,province,country,createdAt,updatedAt";

    @Test
    void startsWithAByteOrderMarkAndTheStableHeader() throws IOException {
        byte[] bytes = ExportSamples.export(ExportFormat.CSV, ALL);

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        assertTrue(text(bytes).startsWith("\uFEFF" + HEADER + "\r\n"), "header line ended by CRLF");
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        List<CSVRecord> records = parse(ExportSamples.export(ExportFormat.CSV, ALL));

        assertEquals(3, records.size());
        CSVRecord jose = records.get(0);
        assertEquals("1", jose.get("id"));
        assertEquals("CI", jose.get("documentType"));
        assertEquals("1710034065", jose.get("documentNumber"));
        assertEquals("José", jose.get("firstName"));
        assertEquals("Pérez", jose.get("lastName"));
        assertEquals("", jose.get("legalName"));
        assertEquals(JOSE_ADDRESS, jose.get("address"));
        assertEquals("2024-03-05T14:30:00Z", jose.get("createdAt"));
        assertEquals("2025-01-10T08:15:30Z", jose.get("updatedAt"));

        CSVRecord company = records.get(1);
        assertEquals("Sol de la Mañana Cía. Ltda.", company.get("legalName"));
        assertEquals("Panadería, Pastelería", company.get("tradeName"));
        assertEquals("", company.get("firstName"));
        assertEquals("", company.get("updatedAt"));
    }

    @Test
    void rowsSpanningManyBlocksReadBackWholeAndInOrder() throws IOException {
        // about 200 bytes a row: 5,000 rows are some thirty 32 KB blocks, with rows cut at every block's end
        List<CustomerExportRow> rows = IntStream.range(0, 5_000).mapToObj(i -> ALL.get(i % ALL.size())).toList();
        byte[] bytes = ExportSamples.export(ExportFormat.CSV, rows);

        List<CSVRecord> records = parse(bytes);
        assertEquals(rows.size(), records.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(cell(rows.get(i).legalName()), records.get(i).get("legalName"), "row " + i);
            assertEquals(cell(rows.get(i).address()), records.get(i).get("address"), "row " + i);
        }
        assertEquals(1, text(bytes).chars().filter(c -> c == '\uFEFF').count(), "one byte order mark, at the start");
    }

    @Test
    void textOutsideTheBasicPlaneComesOutAsUtf8InEveryBlock() throws IOException {
        CustomerExportRow jose = ALL.get(0);
        // two chars in Java (a pair of surrogates), one four-byte character in UTF-8
        String address = "Calle del Sol \uD83C\uDF1E, Año Nuevo 12";
        List<CustomerExportRow> rows = IntStream.range(0, 3_000).mapToObj(i -> new CustomerExportRow(i,
                jose.documentType(), jose.documentNumber(), jose.kind(), jose.firstName(), jose.lastName(), null, null,
                jose.email(), jose.phone(), address + " " + i, jose.city(), jose.province(), jose.country(),
                jose.createdAt(), null)).toList();
        byte[] bytes = ExportSamples.export(ExportFormat.CSV, rows);

        assertArrayEquals(text(bytes).getBytes(StandardCharsets.UTF_8), bytes, "valid UTF-8 throughout");
        List<CSVRecord> records = parse(bytes);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(address + " " + i, records.get(i).get("address"), "row " + i);
        }
    }

    private static String cell(String value) {
        return value == null ? "" : SpreadsheetInjection.neutralise(value);
    }

    @Test
    void quotesFormulaTriggersIncludingPhones() throws IOException {
        List<CSVRecord> records = parse(ExportSamples.export(ExportFormat.CSV, ALL));

        CSVRecord attack = records.get(2);
        assertEquals("'" + HYPERLINK, attack.get("legalName"));
        assertEquals("'+cmd", attack.get("firstName"));
        assertEquals("'-2+3", attack.get("lastName"));
        assertEquals("'@SUM(1)", attack.get("tradeName"));
        assertEquals("'\tcalc", attack.get("address"));
        assertEquals("'+593991234567", records.get(0).get("phone"));
    }

    @Test
    void anEmptyExportIsTheHeaderAlone() throws IOException {
        assertEquals("\uFEFF" + HEADER + "\r\n", text(ExportSamples.export(ExportFormat.CSV, List.of())));
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = text(bytes);
        assertTrue(text.startsWith("\uFEFF"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            assertEquals(Arrays.asList(HEADER.split(",")), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
