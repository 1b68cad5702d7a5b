package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's file name becomes the last segment of a blob key, and so a file's name on disk. */
class ImportFileNameTest {

    @Test
    void aNameLongerThanAFileSystemTakesIsShortenedKeepingItsExtension(@TempDir Path folder) throws IOException {
        String name = ImportService.safeFileName("C:\\datos\\" + "clientes-año-ñandú-".repeat(20) + "🐶.csv");
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= ImportService.MAX_FILE_NAME_BYTES, name);
        assertTrue(name.startsWith("clientes-año-ñandú-"), name);
        assertTrue(name.endsWith(".csv"), name);
        Files.createFile(folder.resolve(name));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String name = ImportService.safeFileName("🐶".repeat(100));
        assertEquals(ImportService.MAX_FILE_NAME_BYTES / 4, name.codePointCount(0, name.length()));
        assertTrue(name.codePoints().allMatch(c -> c == 0x1F436), name);
    }

    @Test
    void shortNamesStayAsTheyAre() {
        assertEquals("clientes.csv", ImportService.safeFileName("/tmp/clientes.csv"));
        assertEquals("upload.csv", ImportService.safeFileName(".."));
    }
}
