package dev.cartera.loyalty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates last month's loyalty report on the 1st at 01:00 company time, as "system". Timers are not persistent:
 * Payara Micro does not coordinate persistent timers across instances, so every instance fires, and the report's
 * unique period lets one of them write it while the others find it claimed.
 *
 * <p>{@code @Schedule} takes only constants, so its zone is {@link LoyaltySettings#DEFAULT_ZONE}. When
 * {@code cartera.company.zone} names another zone, the annotated timer stands aside and an equivalent one is created
 * in that zone at startup. {@code cartera.loyalty.test-schedule}, for tests, adds a timer on any schedule.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
// no state to guard, and the database decides between concurrent runs: a long run must not queue the next ones
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoyaltyReportTimer {

    private static final Logger LOG = Logger.getLogger(LoyaltyReportTimer.class.getName());

    @Inject
    LoyaltyReportService reports;

    @Inject
    LoyaltySettings settings;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleConfigured() {
        String zone = settings.zone().getId();
        if (!configuredZoneIsDefault()) {
            timers.createCalendarTimer(new ScheduleExpression().dayOfMonth(1).hour(1).minute(0).timezone(zone),
                    new TimerConfig("monthly loyalty report (" + zone + ")", false));
        }
        settings.testSchedule().ifPresent(schedule -> {
            timers.createCalendarTimer(ScheduleExpressions.parse(schedule, zone),
                    new TimerConfig("loyalty report test schedule", false));
            LOG.warning(() -> "cartera.loyalty.test-schedule is set: last month's loyalty report is generated on '"
                    + schedule + "' (" + zone + ") besides the monthly schedule");
        });
    }

    @Schedule(persistent = false, dayOfMonth = "1", hour = "1", minute = "0", timezone = LoyaltySettings.DEFAULT_ZONE,
            info = "monthly loyalty report")
    public void monthly() {
        if (configuredZoneIsDefault()) {
            generateLastMonth();
        }
    }

    @Timeout
    public void configured(Timer timer) {
        generateLastMonth();
    }

    /** Never throws: a failure is recorded on the report (FAILED) and logged; the next request or run retries. */
    public void generateLastMonth() {
        try {
            LoyaltyReportService.Result result = reports.generateLastMonth();
            if (result.outcome() == LoyaltyReportService.Outcome.GENERATED) {
                LOG.info(() -> "Monthly loyalty report " + result.report().period() + " generated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The monthly loyalty report could not be generated", e);
        }
    }

    private boolean configuredZoneIsDefault() {
        return settings.zone().equals(ZoneId.of(LoyaltySettings.DEFAULT_ZONE));
    }
}
