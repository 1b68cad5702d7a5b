package dev.cartera.web.home;

import dev.cartera.customers.CustomerService;
import dev.cartera.customers.ProvinceCount;
import dev.cartera.imports.ImportJob;
import dev.cartera.imports.ImportJobs;
import dev.cartera.lending.LoanService;
import dev.cartera.lending.LoanStatus;
import dev.cartera.loyalty.LoyaltyPeriod;
import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.Texts;
import dev.cartera.web.loyalty.LoyaltyChart;
import dev.cartera.web.loyalty.ReportRows;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Inicio: the day's figures at a glance, read from the same services as the API's lists. */
@Named
@RequestScoped
public class HomePage {

    private static final PageRequest JUST_THE_COUNT = new PageRequest(0, 1, new Sort("id", true));

    @Inject
    CustomerService customers;

    @Inject
    LoanService loans;

    @Inject
    PurchaseService purchases;

    @Inject
    ImportJobs imports;

    @Inject
    LoyaltyReportService loyalty;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    LoyaltyChart loyaltyChart;

    @Inject
    CompanyZone zone;

    @Inject
    Clock clock;

    private long customerCount;
    private long activeLoans;
    private Map<LoanStatus, Long> loansByStatus;
    private long lastMonthPurchases;
    private LoyaltyPeriod lastMonth;
    private List<ImportJob> latestImports = List.of();
    private LoyaltyReport latestReport;
    private List<ReportRows.Customer> latestReportRows = List.of();
    private List<ProvinceCount> byProvince;

    @PostConstruct
    void load() {
        console.require(ConsoleAction.HOME);
        lastMonth = LoyaltyPeriod.lastMonth(clock, zone.zone());
        customerCount = customers.list(JUST_THE_COUNT, List.of()).totalItems();
        loansByStatus = loans.countByStatus();
        activeLoans = loansByStatus.get(LoanStatus.ACTIVE);
        lastMonthPurchases = purchases.countPurchasedBetween(lastMonth.start(), lastMonth.end());
        if (console.may(ConsoleAction.IMPORTS.name())) {
            latestImports = imports.page(new PageRequest(0, 5, new Sort("createdAt", false)), List.of()).items();
        }
        if (console.may(ConsoleAction.REPORTS.name())) {
            latestReport = loyalty.list(new PageRequest(0, 1, new Sort("period", false))).items().stream()
                    .findFirst().orElse(null);
            if (latestReport != null) {
                List<ReportRows.Customer> rows = loyaltyChart.firstRows(latestReport);
                latestReportRows = rows == null ? List.of() : rows;
            }
        }
        byProvince = customers.countByProvince(10);
    }

    /** Chart.js configuration for p:chart: customers by province, as a horizontal bar chart. */
    public String getProvinceChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        byProvince.forEach(count -> {
            labels.add(count.province());
            values.add(count.customers());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.text("home.customers")).add("data", values)
                                .add("backgroundColor", "#1976d2"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public boolean isChartEmpty() {
        return byProvince.isEmpty();
    }

    public List<ProvinceCount> getByProvince() {
        return byProvince;
    }

    public long getCustomerCount() {
        return customerCount;
    }

    /** Each status has its icon next to its word, so no status is told by colour alone. */
    public String icon(LoanStatus status) {
        return switch (status) {
            case REQUESTED -> "pi-inbox";
            case APPROVED -> "pi-check";
            case ACTIVE -> "pi-play";
            case PAID -> "pi-check-circle";
            case REJECTED -> "pi-ban";
            case CANCELLED -> "pi-times";
            case DEFAULTED -> "pi-exclamation-triangle";
        };
    }

    public Map<LoanStatus, Long> getLoansByStatus() {
        return loansByStatus;
    }

    public long getActiveLoans() {
        return activeLoans;
    }

    public long getLastMonthPurchases() {
        return lastMonthPurchases;
    }

    public String getLastMonth() {
        return lastMonth.key();
    }

    public List<ImportJob> getLatestImports() {
        return latestImports;
    }

    /** The latest report's qualifying customers against the threshold, as on the report's page. */
    public String getLatestReportChart() {
        return loyaltyChart.config(latestReportRows, latestReport.threshold());
    }

    public boolean isLatestReportCharted() {
        return !latestReportRows.isEmpty();
    }

    public LoyaltyReport getLatestReport() {
        return latestReport;
    }
}
