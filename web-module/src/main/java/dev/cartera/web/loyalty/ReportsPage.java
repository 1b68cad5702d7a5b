package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyPeriod;
import dev.cartera.loyalty.LoyaltyReport;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.loyalty.LoyaltyReportStatus;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * Reportes: the monthly loyalty reports (the API's list) and generating a month, through
 * {@link LoyaltyReportService#generate} as POST /api/reports/loyalty does. A month another request is writing is
 * said to be "being generated" and the page polls until it is done; a month written here opens its own page.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    @Inject
    LoyaltyReportService reports;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    CompanyZone zone;

    @Inject
    Clock clock;

    private ConsoleList<LoyaltyReportView> list;
    private String month;
    private String latestMonth;
    /** The month another request was generating when this page asked for it; null when nothing is awaited. */
    private String waitingFor;
    private LoyaltyReportView awaited;

    @PostConstruct
    void init() {
        list = new ConsoleList<>(LoyaltyReportService.LIST, (page, filters) -> {
            console.require(ConsoleAction.REPORTS);
            return reports.list(page).map(LoyaltyReportView::of);
        }, LoyaltyReportView::period);
        latestMonth = LoyaltyPeriod.lastMonth(clock, zone.zone()).key();
        month = latestMonth;
    }

    public void onLoad() {
        console.require(ConsoleAction.REPORTS);
    }

    public String generate() {
        ConsoleUser user = console.require(ConsoleAction.REPORTS);
        LoyaltyReportService.Result result;
        try {
            result = reports.generate(month, user.username(), false);
        } catch (InvalidInputException e) {
            texts.error("generate:month", "reports.badMonth", latestMonth);
            return null;
        } catch (EJBException e) {
            texts.error(null, "reports.failed", month);
            return null;
        }
        String period = result.report().period();
        if (result.outcome() == LoyaltyReportService.Outcome.IN_PROGRESS) {
            waitingFor = period;
            awaited = LoyaltyReportView.of(result.report());
            texts.info(null, "reports.inProgress", period);
            return null;
        }
        texts.infoAfterRedirect(result.outcome() == LoyaltyReportService.Outcome.EXISTING ? "reports.existing"
                : "reports.generated", period, result.report().rowCount());
        return "/admin/reports/month?faces-redirect=true&month=" + period;
    }

    /** The poll's listener, while a month is being generated elsewhere: reads it again. */
    public void checkWaiting() {
        console.require(ConsoleAction.REPORTS);
        if (waitingFor == null) {
            return;
        }
        LoyaltyReport report = reports.get(waitingFor);
        awaited = LoyaltyReportView.of(report);
        if (!isGenerating(report)) {
            texts.info(null, report.status() == LoyaltyReportStatus.READY ? "reports.nowReady" : "reports.nowFailed",
                    waitingFor);
            waitingFor = null;
        }
    }

    static boolean isGenerating(LoyaltyReport report) {
        return report.status() == LoyaltyReportStatus.GENERATING || report.regenerating();
    }

    public boolean isWaiting() {
        return waitingFor != null;
    }

    public LoyaltyReportView getAwaited() {
        return awaited;
    }

    public ConsoleList<LoyaltyReportView> getList() {
        return list;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getLatestMonth() {
        return latestMonth;
    }
}
