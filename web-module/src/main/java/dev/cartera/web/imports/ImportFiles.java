package dev.cartera.web.imports;

import dev.cartera.imports.ImportJob;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The names and media types of an import's two files, the same for the API (GET /api/imports/{id}/file,
 * /rejected.csv) and the console's download links, so both hand them out under the same names.
 */
final class ImportFiles {

    static final String ORIGINAL_TYPE = "text/csv";
    static final String REJECTED_TYPE = "text/csv; charset=UTF-8";

    private ImportFiles() {
    }

    static String rejectedName(ImportJob job) {
        return "rejected-" + job.fileName();
    }

    /**
     * {@code attachment} with an ASCII name for old clients and the exact one (RFC 6266 / 8187) for the rest: file
     * names come from the uploader and often carry accents.
     */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
