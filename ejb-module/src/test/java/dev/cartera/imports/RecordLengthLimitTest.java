package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A field or line past the maximum is a row error, and the parser never holds more than the maximum. */
class RecordLengthLimitTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("code", 10), ImportColumn.optional("note", 100));

    @Test
    void anUnclosedQuoteCostsOneRowNotTheRestOfTheFile() throws IOException {
        // 8 MB of lines after a stray quote: without the limit, one token of 8 million characters
        String tail = "abc,a note\n".repeat(800_000);
        List<ImportRow> rows = firstAndLast(stream("Code,Note\nA1,\"never closed\n" + tail + "B2,last\n"));
        ImportRow cut = rows.get(0);
        assertEquals(ValidationCode.MALFORMED_ROW, cut.issues().get(0).code());
        assertTrue(cut.issues().get(0).message().english().contains("longer than 65,536"), cut.issues().get(0).message().english());
        ImportRow last = rows.get(rows.size() - 1);
        assertEquals("B2", last.value("code"), "reading goes on after the cut row");
        assertEquals(List.of(), last.issues());
    }

    @Test
    void aLineOfOneHundredMegabytesIsARowErrorAndTheNextRowsAreRead() throws IOException {
        InputStream endless = new InputStream() {
            private long left = 100L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        List<ImportRow> rows = read(new SequenceInputStream(new SequenceInputStream(
                stream("Code,Note\nA1,"), endless), stream("\nB2,\"quoted, \"\"fine\"\"\"\n")));
        assertEquals(2, rows.size());
        assertEquals(ValidationCode.MALFORMED_ROW, rows.get(0).issues().get(0).code());
        assertEquals("quoted, \"fine\"", rows.get(1).value("note"));
    }

    @Test
    void aCutRightAfterAClosingQuoteStillParses() throws IOException {
        List<CSVRecord> records = new ArrayList<>();
        String field = "\"" + "y".repeat(20) + "\"";
        try (var reader = new RecordLengthLimit(new java.io.StringReader(field + "tail\nnext,row\n"), ',', 22)) {
            org.apache.commons.csv.CSVFormat.DEFAULT.parse(reader).forEach(records::add);
        }
        assertTrue(records.get(0).get(0).endsWith(String.valueOf(RecordLengthLimit.CUT)), records.get(0).get(0));
        assertEquals("next", records.get(1).get(0));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportRow> firstAndLast(InputStream csv) throws IOException {
        try (CsvFile file = CsvFile.open(csv)) {
            RowReader reader = new RowReader(file.header(), HeaderMatcher.match(file.header(), COLUMNS), COLUMNS);
            ImportRow first = reader.read(file.records().next());
            ImportRow last = first;
            while (file.records().hasNext()) {
                last = reader.read(file.records().next());
            }
            return List.of(first, last);
        }
    }

    private static List<ImportRow> read(InputStream csv) throws IOException {
        try (CsvFile file = CsvFile.open(csv)) {
            RowReader reader = new RowReader(file.header(), HeaderMatcher.match(file.header(), COLUMNS), COLUMNS);
            List<ImportRow> rows = new ArrayList<>();
            file.records().forEachRemaining(record -> rows.add(reader.read(record)));
            return rows;
        }
    }
}
