package dev.cartera.web.lending;

import dev.cartera.web.console.Console;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.web.console.ConsoleDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The loan page's Excel link, {@code /admin/loan/schedule/{id}.xlsx}: the same workbook and name as
 * GET /api/loans/{id}/schedule?format=xlsx (both through {@link ScheduleFiles} and {@link LoanService#get}). A plain
 * GET link, so the browser downloads it as any file; the console's filter has already checked the session and the
 * role (VIEW_LOANS) for everything under /admin/loan/schedule/.
 */
@WebServlet("/admin/loan/schedule/*")
public class ScheduleDownloadServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/([0-9]{1,18})\\.xlsx");

    @Inject
    LoanService loans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleDownloads.serve(request, response, FILE, file -> {
            Loan loan = loans.get(Long.parseLong(file.group(1)));
            response.setContentType(ScheduleFiles.XLSX);
            response.setHeader("Content-Disposition", ScheduleFiles.disposition(loan));
            ScheduleFiles.write(loan, Console.languageOf(request), response.getOutputStream());
        });
    }
}
