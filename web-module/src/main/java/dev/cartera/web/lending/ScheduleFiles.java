package dev.cartera.web.lending;

import java.util.Locale;
import dev.cartera.shared.i18n.Messages;
import dev.cartera.lending.Loan;
import dev.cartera.lending.schedule.ScheduleWorkbook;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A loan's schedule as an Excel file, the same for the API (GET /api/loans/{id}/schedule?format=xlsx) and the
 * console's download link (/admin/loan/schedule/{id}.xlsx): one title, one name, one writer, so both hand out the
 * same workbook under the same name.
 */
final class ScheduleFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ScheduleFiles() {
    }

    static String disposition(Loan loan) {
        return "attachment; filename=\"loan-" + loan.id() + "-schedule.xlsx\"";
    }

    static void write(Loan loan, Locale language, OutputStream out) throws IOException {
        String title = Messages.text(language, "schedule.workbook.title", String.valueOf(loan.id()),
                String.valueOf(loan.customerDocumentType()), loan.customerDocumentNumber());
        ScheduleWorkbook.write(loan.schedule(), title, loan.currency().name(), language, out);
    }
}
