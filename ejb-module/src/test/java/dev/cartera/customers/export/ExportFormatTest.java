package dev.cartera.customers.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatTest {

    @Test
    void parsesNamesInAnyCase() {
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.parse("csv"));
        assertEquals(Optional.of(ExportFormat.XLSX), ExportFormat.parse("XLSX"));
        assertEquals(Optional.of(ExportFormat.TXT), ExportFormat.parse(" Txt "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "xls", "pdf", ".csv", "text/csv"})
    void refusesAnythingElse(String name) {
        assertEquals(Optional.empty(), ExportFormat.parse(name));
    }

    @Test
    void namesMediaTypesAndExtensions() {
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ExportFormat.XLSX.mediaType());
        assertEquals("text/plain; charset=UTF-8", ExportFormat.TXT.mediaType());
        assertEquals("csv", ExportFormat.CSV.extension());
        assertEquals("xlsx", ExportFormat.XLSX.extension());
        assertEquals("txt", ExportFormat.TXT.extension());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aWriterRefusesRowsAfterFinishOrClose(ExportFormat format) throws Exception {
        CustomerExportWriter finished = format.writerFor(new ByteArrayOutputStream());
        finished.finish();
        assertThrows(IllegalStateException.class, () -> finished.write(ExportSamples.JOSE));
        assertThrows(IllegalStateException.class, finished::finish);
        finished.close();
        finished.close(); // idempotent

        CustomerExportWriter closed = format.writerFor(new ByteArrayOutputStream());
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.write(ExportSamples.JOSE));
        assertThrows(IllegalStateException.class, closed::finish);
    }
}
