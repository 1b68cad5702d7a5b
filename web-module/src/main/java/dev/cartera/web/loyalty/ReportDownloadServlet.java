package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.web.console.ConsoleDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reportes' download link, {@code /admin/reports/files/{month}.xlsx}: the same bytes and headers as
 * GET /api/reports/loyalty/{month}.xlsx (both through {@link LoyaltyReportFiles} and
 * {@link LoyaltyReportService#open}). A plain GET, so the browser saves it as any file; the console's filter has
 * checked the session and the role (REPORTS) for everything under /admin/reports/.
 */
@WebServlet("/admin/reports/files/*")
public class ReportDownloadServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(\\d{4}-\\d{2})\\.xlsx");

    @Inject
    LoyaltyReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleDownloads.serve(request, response, FILE, file -> {
            LoyaltyReportService.ReportFile report = reports.open(file.group(1));
            response.setContentType(LoyaltyReportFiles.TYPE);
            response.setContentLengthLong(LoyaltyReportFiles.size(report));
            response.setHeader("Content-Disposition", LoyaltyReportFiles.disposition(report.report()));
            response.setHeader("ETag", LoyaltyReportFiles.etag(report.report()));
            response.setHeader("Cache-Control", LoyaltyReportFiles.CACHE_CONTROL);
            LoyaltyReportFiles.write(report, response.getOutputStream());
        });
    }
}
