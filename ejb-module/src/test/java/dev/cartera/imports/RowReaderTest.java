package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowReaderTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("code", 3), ImportColumn.optional("phone", 20));

    @Test
    void engineRulesFieldCountRequiredAndLength() throws IOException {
        List<ImportRow> rows = read("Code,Phone,Other\r\nabc,'+593991234567,x\r\n,,\r\nabcd,1,2\r\nabc,1\r\n");
        assertEquals("+593991234567", rows.get(0).value("phone"), "the export's formula quote is removed");
        assertEquals(List.of(), rows.get(0).issues());
        assertEquals(ValidationCode.EMPTY_VALUE, rows.get(1).issues().get(0).code());
        assertEquals("Code", rows.get(1).issues().get(0).column());
        assertNull(rows.get(1).value("phone"));
        assertEquals(ValidationCode.VALUE_TOO_LONG, rows.get(2).issues().get(0).code());
        assertEquals(ValidationCode.MALFORMED_ROW, rows.get(3).issues().get(0).code());
        assertEquals(4, rows.get(3).number());
    }

    @Test
    void onlyAQuoteBeforeAFormulaCharacterIsRemoved() {
        assertEquals("'abc", RowReader.clean(" 'abc "));
        assertEquals("=1", RowReader.clean("'=1"));
        assertNull(RowReader.clean("   "));
    }

    private static List<ImportRow> read(String csv) throws IOException {
        try (CsvFile file = CsvFile.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            RowReader reader = new RowReader(file.header(), HeaderMatcher.match(file.header(), COLUMNS), COLUMNS);
            List<ImportRow> rows = new java.util.ArrayList<>();
            file.records().forEachRemaining(record -> rows.add(reader.read(record)));
            return rows;
        }
    }
}
