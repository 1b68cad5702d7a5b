package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.loyalty.LoyaltyReportStatus;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.Formats;
import dev.cartera.web.console.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

    /** Bars a chart can show legibly on a phone; the table says how many more the file has. */
    static final int CHART_ROWS = 20;

    @Inject
    LoyaltyReportService reports;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    Formats formats;

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
            throw new NotFoundException("no loyalty report for " + month);
        }
        report = LoyaltyReportView.of(found);
        generating = ReportsPage.isGenerating(found);
        customers = found.status() == LoyaltyReportStatus.READY
                ? ReportRows.firstRows(reports.open(month), CHART_ROWS) : List.of();
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
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
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

    /** Chart.js configuration for p:chart: each customer's total as a bar, the threshold as a dashed line. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder totals = Json.createArrayBuilder();
        JsonArrayBuilder threshold = Json.createArrayBuilder();
        customers.forEach(customer -> {
            labels.add(customer.name());
            totals.add(customer.total());
            threshold.add(report.threshold());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", texts.text("reports.chart.total"))
                                .add("data", totals).add("backgroundColor", "#1976d2").add("order", 2))
                        .add(Json.createObjectBuilder().add("type", "line")
                                .add("label", texts.text("reports.chart.threshold", formats.money(report.threshold())))
                                .add("data", threshold).add("borderColor", "#b26a00").add("borderWidth", 2)
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0)
                                .add("fill", false).add("order", 1))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("locale", "es-CO")
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
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
