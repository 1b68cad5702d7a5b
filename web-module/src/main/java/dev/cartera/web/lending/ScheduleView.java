package dev.cartera.web.lending;

import dev.cartera.lending.Loan;
import dev.cartera.lending.schedule.AmortizationSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A loan's French amortisation schedule: one row per month and the totals. */
public record ScheduleView(long loanId, String currency, BigDecimal principal, BigDecimal annualRate, int termMonths,
                           LocalDate startDate, BigDecimal instalment, List<AmortizationSchedule.Row> rows,
                           AmortizationSchedule.Totals totals) {

    static ScheduleView of(Loan loan, AmortizationSchedule schedule) {
        return new ScheduleView(loan.id(), loan.currency().name(), schedule.principal(), schedule.annualRate(),
                schedule.termMonths(), schedule.startDate(), schedule.instalment(), schedule.rows(), schedule.totals());
    }
}
