package dev.cartera.web.loyalty;

import dev.cartera.shared.i18n.Message;
import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One month's report ({@code /admin/reports/month?month=yyyy-MM}): its figures, the download, its qualifying
 * customers as a bar chart against the threshold and as a table, and regenerate for admins (the API's
 * {@code regenerate=true}).
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    @Inject
    LoyaltyReportService reports;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    LoyaltyChart chart;

    private String month;
    private LoyaltyReportView report;
    private boolean generating;
    /** Null when the file is too large to read here. */
    private List<ReportRows.Customer> customers = List.of();

    public void onLoad() {
        console.require(ConsoleAction.REPORTS);
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        read();
    }

    private void read() {
        LoyaltyReport found;
        try {
            found = reports.get(month);
        } catch (InvalidInputException e) {
            throw new NotFoundException(Message.of("problem.loyalty.noReport", month));
        }
        report = LoyaltyReportView.of(found);
        generating = ReportsPage.isGenerating(found);
        customers = chart.firstRows(found);
    }

    public String regenerate() {
        ConsoleUser user = console.require(ConsoleAction.REGENERATE_REPORTS);
        try {
            var result = reports.generate(month, user.username(), true);
            texts.info(null, result.outcome() == LoyaltyReportService.Outcome.IN_PROGRESS ? "reports.inProgress"
                    : "reports.regenerated", result.report().period(), result.report().rowCount());
        } catch (EJBException e) {
            texts.error(null, "reports.failed", month);
        }
        texts.keepForRedirect();
        return "/admin/reports/month?faces-redirect=true&month=" + report.period();
    }

    /** The poll's listener while the month is being generated: the page again once it is done. */
    public void checkGenerating() {
        console.require(ConsoleAction.REPORTS);
        LoyaltyReport found = reports.get(month);
        if (!ReportsPage.isGenerating(found)) {
            try {
                var external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/admin/reports/month?month=" + found.period());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String getChart() {
        return chart.config(customers, report.threshold());
    }

    public boolean isMoreThanShown() {
        return customers != null && report.rowCount() != null && report.rowCount() > customers.size();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public LoyaltyReportView getReport() {
        return report;
    }

    public boolean isGenerating() {
        return generating;
    }

    public List<ReportRows.Customer> getCustomers() {
        return customers;
    }
}
