package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDetectionTest {

    @Test
    void utf8WithAndWithoutBomElseWindows1252() throws IOException {
        String text = "Cédula;Razón Social\r\n1714307103;Peña\r\n";
        assertRead(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ';');
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertRead(bom, StandardCharsets.UTF_8, ';');
        assertRead(text.getBytes(CsvDetection.WINDOWS_1252), CsvDetection.WINDOWS_1252, ';');
    }

    @Test
    void aUtf8SequenceCutByTheEndOfTheSampleIsStillUtf8() {
        byte[] bytes = "aé".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CsvDetection.charset(bytes, bytes.length - 1));
    }

    @Test
    void theDelimiterIsTheCommonestOutsideQuotesInTheFirstLine() {
        assertEquals(',', CsvDetection.delimiter("a,b,c\r\n1;2;3;4;5"));
        assertEquals(';', CsvDetection.delimiter("\"x,y,z\";b;c"));
        assertEquals('\t', CsvDetection.delimiter("a\tb\tc"));
        assertEquals(',', CsvDetection.delimiter("single"));
    }

    @Test
    void binaryAndSpreadsheetsAreNotCsv() {
        assertTrue(CsvDetection.notCsv(new byte[0], 0, "text/csv").isPresent());
        assertTrue(CsvDetection.notCsv(new byte[] {'P', 'K', 3, 4}, 4, null).orElseThrow().english().contains("spreadsheet"));
        assertTrue(CsvDetection.notCsv(new byte[] {'a', 0, 'b'}, 3, null).isPresent());
        assertTrue(CsvDetection.notCsv("a,b".getBytes(StandardCharsets.UTF_8), 3, "image/png").isPresent());
        assertTrue(CsvDetection.notCsv("a,b".getBytes(StandardCharsets.UTF_8), 3, "application/octet-stream").isEmpty());
    }

    private static void assertRead(byte[] bytes, Charset charset, char delimiter) throws IOException {
        try (CsvFile csv = CsvFile.open(new ByteArrayInputStream(bytes))) {
            assertEquals(charset, csv.charset());
            assertEquals(delimiter, csv.delimiter());
            assertEquals(List.of("Cédula", "Razón Social"), csv.header());
            assertEquals(List.of("1714307103", "Peña"), csv.records().next().toList());
        }
    }
}
