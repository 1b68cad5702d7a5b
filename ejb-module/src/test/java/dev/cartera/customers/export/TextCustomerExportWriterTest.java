package dev.cartera.customers.export;

import static dev.cartera.customers.export.ExportSamples.ALL;
import static dev.cartera.customers.export.ExportSamples.HYPERLINK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCustomerExportWriterTest {

    @Test
    void writesAHeaderASeparatorAndOneLinePerCustomer() throws IOException {
        List<String> lines = lines(ALL);

        assertEquals(2 + ALL.size(), lines.size());
        assertEquals("ID", cell(lines.get(0), ExportColumn.ID));
        assertEquals("Document number", cell(lines.get(0), ExportColumn.DOCUMENT_NUMBER));
        assertEquals("Updated (UTC)", cell(lines.get(0), ExportColumn.UPDATED_AT));
        assertTrue(lines.get(1).matches("[- ]+"), lines.get(1));
        assertEquals(ExportColumn.ID.width(), lines.get(1).indexOf(' '));
    }

    @Test
    void placesEveryValueInItsFixedColumn() throws IOException {
        List<String> lines = lines(ALL);

        String jose = lines.get(2);
        assertEquals(" ".repeat(ExportColumn.ID.width() - 1) + "1", jose.substring(0, ExportColumn.ID.width()));
        assertEquals("José", cell(jose, ExportColumn.FIRST_NAME));
        assertEquals("Pérez", cell(jose, ExportColumn.LAST_NAME));
        assertEquals("", cell(jose, ExportColumn.LEGAL_NAME));
        assertEquals("Quito", cell(jose, ExportColumn.CITY));
        assertEquals("2024-03-05 14:30:00", cell(jose, ExportColumn.CREATED_AT));
        assertEquals("2025-01-10 08:15:30", cell(jose, ExportColumn.UPDATED_AT));

        String company = lines.get(3);
        assertEquals("Sol de la Mañana Cía. Ltda.", cell(company, ExportColumn.LEGAL_NAME));
        assertEquals("Panadería, Pastelería", cell(company, ExportColumn.TRADE_NAME));
        assertEquals("", cell(company, ExportColumn.UPDATED_AT));
    }

    @Test
    void flattensLineBreaksAndCutsLongValuesVisibly() throws IOException {
        String address = cell(lines(ALL).get(2), ExportColumn.ADDRESS);

        int width = ExportColumn.ADDRESS.width();
        String flattened = ExportSamples.JOSE_ADDRESS.replace('\n', ' ');
        assertEquals(flattened.substring(0, width - 1) + "…", address);
    }

    @Test
    void countsDecomposedAccentsAsOneColumn() throws IOException {
        CustomerExportRow decomposed = new CustomerExportRow(7, "CI", "1710034065", "PERSON", "Jose\u0301",
                "Pe\u0301rez", null, null, null, null, null, "Quito", null, "EC", null, null);

        String line = lines(List.of(decomposed)).get(2);
        assertEquals("José", cell(line, ExportColumn.FIRST_NAME));
        assertEquals("Pérez", cell(line, ExportColumn.LAST_NAME));
        assertEquals("Quito", cell(line, ExportColumn.CITY));
    }

    @Test
    void quotesFormulaTriggersIncludingPhones() throws IOException {
        List<String> lines = lines(ALL);

        String attack = lines.get(4);
        assertEquals("'" + HYPERLINK, cell(attack, ExportColumn.LEGAL_NAME));
        assertEquals("'+cmd", cell(attack, ExportColumn.FIRST_NAME));
        assertEquals("'-2+3", cell(attack, ExportColumn.LAST_NAME));
        assertEquals("'@SUM(1)", cell(attack, ExportColumn.TRADE_NAME));
        assertEquals("' calc", cell(attack, ExportColumn.ADDRESS), "quoted, then the tab flattened");
        assertEquals("'+593991234567", cell(lines.get(2), ExportColumn.PHONE));
    }

    @Test
    void endsLinesWithCrlfAndHasNoByteOrderMark() throws IOException {
        String text = new String(ExportSamples.export(ExportFormat.TXT, ALL), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("ID"));
        assertTrue(text.endsWith("\r\n"));
        assertEquals(2 + ALL.size(), text.split("\r\n").length);
        assertEquals(text.split("\r\n").length, text.split("\n").length, "no bare LF");
    }

    /** The text in a column, found by position alone: the listing is fixed-width or this fails. */
    private static String cell(String line, ExportColumn column) {
        int start = 0;
        for (ExportColumn before : ExportColumn.ALL.subList(0, column.ordinal())) {
            start += before.width() + 2;
        }
        int end = Math.min(line.length(), start + column.width());
        return start >= line.length() ? "" : line.substring(start, end).strip();
    }

    private static List<String> lines(List<CustomerExportRow> rows) throws IOException {
        String text = new String(ExportSamples.export(ExportFormat.TXT, rows), StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }
}
