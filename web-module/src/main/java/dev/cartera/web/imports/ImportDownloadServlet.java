package dev.cartera.web.imports;

import dev.cartera.web.console.Console;
import dev.cartera.imports.ImportJob;
import dev.cartera.imports.ImportJobs;
import dev.cartera.imports.ImportService;
import dev.cartera.storage.Blob;
import dev.cartera.web.console.ConsoleDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The import desk's download links: {@code /admin/imports/files/{id}/original} and {@code /{id}/rejected.csv}, the
 * same bytes and names as GET /api/imports/{id}/file and /rejected.csv (both through {@link ImportFiles} and the
 * same service). Plain GET links, so the browser downloads them as any file; the console's filter has already
 * checked the session and the role (IMPORTS) for everything under /admin/imports/.
 */
@WebServlet("/admin/imports/files/*")
public class ImportDownloadServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/([0-9a-fA-F-]{36})/(original|rejected\\.csv)");

    @Inject
    ImportJobs jobs;

    @Inject
    ImportService imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleDownloads.serve(request, response, FILE, file -> {
            String id = file.group(1);
            ImportJob job = jobs.get(id);
            if (file.group(2).equals("original")) {
                try (Blob blob = imports.file(id)) {
                    start(response, ImportFiles.ORIGINAL_TYPE, job.fileName());
                    response.setContentLengthLong(blob.metadata().size());
                    blob.content().transferTo(response.getOutputStream());
                }
            } else {
                start(response, ImportFiles.REJECTED_TYPE, ImportFiles.rejectedName(job));
                imports.writeRejected(id, response.getOutputStream(), Console.languageOf(request));
            }
        });
    }

    private static void start(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ImportFiles.disposition(fileName));
    }
}
