package dev.cartera.web.backup;

import dev.cartera.backup.DatabaseDump;
import dev.cartera.backup.SqlDialect;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** The dump as a file: its name and its gzip body, the same for the API's download and the console's. */
final class DumpFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private DumpFiles() {
    }

    static String fileName(Instant now, SqlDialect dialect, boolean gzip) {
        return "cartera-" + STAMP.format(now) + "-" + dialect.name().toLowerCase(Locale.ROOT) + ".sql"
                + (gzip ? ".gz" : "");
    }

    static void writeGzip(DatabaseDump dump, SqlDialect dialect, OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out, 64 * 1024);
        dump.write(zipped, dialect);
        zipped.finish();
    }
}
