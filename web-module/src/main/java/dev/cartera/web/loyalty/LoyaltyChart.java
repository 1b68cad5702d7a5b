package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.loyalty.LoyaltyReportStatus;
import dev.cartera.web.console.Formats;
import dev.cartera.web.console.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A month's qualifying customers as a Chart.js bar chart against the threshold, for the report's page and the
 * home page. The rows come from the stored workbook, which never changes once written, so they are kept by the
 * file's SHA-256: the home page, loaded all day, reads each report's file once.
 */
@ApplicationScoped
public class LoyaltyChart {

    /** Bars a chart can show legibly on a phone; the table says how many more the file has. */
    static final int CHART_ROWS = 20;
    private static final int KEPT_REPORTS = 24;

    @Inject
    LoyaltyReportService reports;

    @Inject
    Texts texts;

    @Inject
    Formats formats;

    private final Map<String, List<ReportRows.Customer>> rowsByFile = new ConcurrentHashMap<>();

    /** The first rows of a ready report; empty while it has no file, null when the file is too large to read here. */
    public List<ReportRows.Customer> firstRows(LoyaltyReport report) {
        if (report.status() != LoyaltyReportStatus.READY || report.sha256() == null) {
            return List.of();
        }
        List<ReportRows.Customer> known = rowsByFile.get(report.sha256());
        if (known != null) {
            return known;
        }
        List<ReportRows.Customer> rows = ReportRows.firstRows(reports.open(report.period()), CHART_ROWS);
        if (rowsByFile.size() >= KEPT_REPORTS) {
            rowsByFile.clear();
        }
        if (rows != null) {
            rowsByFile.put(report.sha256(), rows);
        }
        return rows;
    }

    /** Chart.js configuration for p:chart: each customer's total as a bar, the threshold as a dashed line. */
    public String config(List<ReportRows.Customer> customers, BigDecimal thresholdAmount) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder totals = Json.createArrayBuilder();
        JsonArrayBuilder threshold = Json.createArrayBuilder();
        customers.forEach(customer -> {
            labels.add(customer.name());
            totals.add(customer.total());
            threshold.add(thresholdAmount);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", texts.text("reports.chart.total"))
                                .add("data", totals).add("backgroundColor", "#1976d2").add("order", 2))
                        .add(Json.createObjectBuilder().add("type", "line")
                                .add("label", texts.text("reports.chart.threshold", formats.money(thresholdAmount)))
                                .add("data", threshold).add("borderColor", "#b26a00").add("borderWidth", 2)
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0)
                                .add("fill", false).add("order", 1))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("locale", "es-CO")
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }
}
