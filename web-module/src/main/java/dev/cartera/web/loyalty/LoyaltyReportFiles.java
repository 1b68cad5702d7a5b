package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportGenerator;
import dev.cartera.loyalty.LoyaltyReportService.ReportFile;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A report's download as both the API (GET /api/reports/loyalty/{month}.xlsx) and the console's link
 * ({@code /admin/reports/files/{month}.xlsx}) hand it out: the same bytes, name, type, ETag and caching, so a file
 * saved from either is the same file.
 */
final class LoyaltyReportFiles {

    static final String TYPE = LoyaltyReportGenerator.XLSX;
    /** The file of a month changes when an admin regenerates it: revalidate, never reuse blindly. */
    static final String CACHE_CONTROL = "private, no-cache";

    private LoyaltyReportFiles() {
    }

    static String disposition(LoyaltyReport report) {
        return "attachment; filename=\"loyalty-" + report.period() + ".xlsx\"";
    }

    static String etag(LoyaltyReport report) {
        return "\"" + report.sha256() + "\"";
    }

    static long size(ReportFile file) {
        return file.blob().metadata().size();
    }

    /** Writes the file's bytes and closes its blob. */
    static void write(ReportFile file, OutputStream out) throws IOException {
        try (var blob = file.blob()) {
            blob.content().transferTo(out);
        }
    }
}
