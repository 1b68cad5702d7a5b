package dev.cartera.lending.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AmortizationScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    @Test
    void theCheckVectorTenMillionPesosAt24PercentOver12Months() {
        AmortizationSchedule schedule = AmortizationSchedule.french(new BigDecimal("10000000"), new BigDecimal("24"), 12, START);
        assertEquals(new BigDecimal("945595.97"), schedule.instalment());
        assertEquals(12, schedule.rows().size());
        for (int i = 0; i < 11; i++) {
            assertEquals(new BigDecimal("945595.97"), schedule.rows().get(i).instalment(), "period " + (i + 1));
        }
        assertEquals(new BigDecimal("945595.92"), schedule.last().instalment());
        assertEquals(new BigDecimal("10000000.00"), schedule.totals().principal());
        assertEquals(new BigDecimal("10000000.00"), sumOfPrincipal(schedule));
        assertEquals(new BigDecimal("0.00"), schedule.last().balance());
        // first period: 2 % of the principal is interest
        assertEquals(new BigDecimal("200000.00"), schedule.rows().get(0).interest());
        assertEquals(new BigDecimal("745595.97"), schedule.rows().get(0).principal());
        assertEquals(new BigDecimal("9254404.03"), schedule.rows().get(0).balance());
        assertEquals(schedule.totals().instalments(), schedule.totals().interest().add(schedule.totals().principal()));
        assertEquals(new BigDecimal("1347151.59"), schedule.totals().interest());
        assertEquals(LocalDate.of(2026, 2, 15), schedule.rows().get(0).dueDate());
        assertEquals(LocalDate.of(2027, 1, 15), schedule.last().dueDate());
    }

    @Test
    void aZeroRateLoanRepaysThePrincipalInEqualPartsAndTheLastTakesTheRest() {
        AmortizationSchedule schedule = AmortizationSchedule.french(new BigDecimal("1000.00"), BigDecimal.ZERO, 3, START);
        assertEquals(new BigDecimal("333.33"), schedule.instalment());
        assertEquals(new BigDecimal("333.33"), schedule.rows().get(0).instalment());
        assertEquals(new BigDecimal("333.34"), schedule.last().instalment());
        schedule.rows().forEach(row -> assertEquals(0, row.interest().signum()));
        assertEquals(new BigDecimal("0.00"), schedule.totals().interest());
        assertEquals(new BigDecimal("1000.00"), schedule.totals().instalments());
    }

    @Test
    void aOneMonthLoanIsPrincipalPlusOneMonthOfInterest() {
        AmortizationSchedule schedule = AmortizationSchedule.french(new BigDecimal("5000"), new BigDecimal("12"), 1, START);
        assertEquals(1, schedule.rows().size());
        assertEquals(new BigDecimal("5050.00"), schedule.instalment());
        assertEquals(new BigDecimal("5050.00"), schedule.last().instalment());
        assertEquals(new BigDecimal("50.00"), schedule.last().interest());
        assertEquals(new BigDecimal("5000.00"), schedule.last().principal());
        assertEquals(new BigDecimal("0.00"), schedule.last().balance());
    }

    @Test
    void a360MonthLoanEndsAtZeroWithTheRoundingInTheLastInstalment() {
        AmortizationSchedule schedule = AmortizationSchedule.french(new BigDecimal("250000000"), new BigDecimal("13.5"), 360,
                LocalDate.of(2026, 1, 31));
        assertEquals(360, schedule.rows().size());
        // 250,000,000 × i / (1 − (1 + i)^−360) with i = 1.125 %
        assertEquals(new BigDecimal("2863530.44"), schedule.instalment());
        assertEquals(new BigDecimal("250000000.00"), sumOfPrincipal(schedule));
        assertEquals(new BigDecimal("0.00"), schedule.last().balance());
        // the instalment is 0.33 cents short of the exact one; over 360 periods at 1.125 % that compounds to
        // 0.0033 × ((1 + i)^360 − 1) / i ≈ 15.5, which the last instalment pays
        assertEquals(new BigDecimal("2863545.94"), schedule.last().instalment());
        for (int i = 0; i < 359; i++) {
            assertEquals(schedule.instalment(), schedule.rows().get(i).instalment());
            assertTrue(schedule.rows().get(i).balance().signum() > 0);
        }
        assertEquals(LocalDate.of(2026, 2, 28), schedule.rows().get(0).dueDate(), "the end of a shorter month");
        assertEquals(LocalDate.of(2026, 3, 31), schedule.rows().get(1).dueDate(), "back to the 31st, not drifting");
        assertEquals(LocalDate.of(2056, 1, 31), schedule.last().dueDate());
    }

    @Test
    void nonsenseTermsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AmortizationSchedule.french(BigDecimal.ZERO, BigDecimal.ONE, 12, START));
        assertThrows(IllegalArgumentException.class, () -> AmortizationSchedule.french(BigDecimal.TEN, BigDecimal.ONE, 0, START));
        assertThrows(IllegalArgumentException.class, () -> AmortizationSchedule.french(BigDecimal.TEN, new BigDecimal("-1"), 1, START));
    }

    private static BigDecimal sumOfPrincipal(AmortizationSchedule schedule) {
        return schedule.rows().stream().map(AmortizationSchedule.Row::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
