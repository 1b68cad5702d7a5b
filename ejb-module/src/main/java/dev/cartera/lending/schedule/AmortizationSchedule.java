package dev.cartera.lending.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The French (fixed instalment) amortisation schedule of a loan: monthly instalments at the nominal annual rate
 * divided by 12. The instalment {@code P·i / (1 − (1 + i)^−n)} is rounded to cents; each period's interest is the
 * balance times {@code i}, rounded to cents, and the rest of the instalment repays principal. The last
 * instalment repays exactly what is left, so it absorbs the rounding and the principal sums to the loan's.
 * At a zero rate the instalment is the principal divided by the term. Due dates are the start date plus
 * 1..n months (31 January is followed by 28 or 29 February, then 31 March).
 */
public record AmortizationSchedule(BigDecimal principal, BigDecimal annualRate, int termMonths, LocalDate startDate,
                                   BigDecimal instalment, List<Row> rows, Totals totals) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE_HUNDRED = new BigDecimal("1200");

    /** One period: its due date, what is paid and how it splits, and the balance after it. */
    public record Row(int period, LocalDate dueDate, BigDecimal instalment, BigDecimal interest, BigDecimal principal,
                      BigDecimal balance) {
    }

    /** Sums over all periods; {@code principal} equals the loan's. */
    public record Totals(BigDecimal instalments, BigDecimal interest, BigDecimal principal) {
    }

    /**
     * @param principal  more than 0, in currency units
     * @param annualRate nominal annual rate in percent (24 for 24 %), 0 or more
     * @param termMonths 1 or more
     */
    public static AmortizationSchedule french(BigDecimal principal, BigDecimal annualRate, int termMonths, LocalDate startDate) {
        if (principal.signum() <= 0 || annualRate.signum() < 0 || termMonths < 1) {
            throw new IllegalArgumentException("principal must be above 0, the rate 0 or more and the term 1 or more");
        }
        BigDecimal amount = principal.setScale(2, RoundingMode.HALF_UP);
        BigDecimal monthlyRate = annualRate.divide(TWELVE_HUNDRED, PRECISION);
        BigDecimal instalment = instalment(amount, monthlyRate, termMonths);
        List<Row> rows = new ArrayList<>(termMonths);
        BigDecimal balance = amount;
        BigDecimal totalInstalments = BigDecimal.ZERO.setScale(2);
        BigDecimal totalInterest = BigDecimal.ZERO.setScale(2);
        for (int period = 1; period <= termMonths; period++) {
            BigDecimal interest = balance.multiply(monthlyRate).setScale(2, RoundingMode.HALF_UP);
            BigDecimal repaid = period == termMonths ? balance : instalment.subtract(interest).min(balance);
            BigDecimal paid = repaid.add(interest);
            balance = balance.subtract(repaid);
            rows.add(new Row(period, startDate.plusMonths(period), paid, interest, repaid, balance));
            totalInstalments = totalInstalments.add(paid);
            totalInterest = totalInterest.add(interest);
        }
        return new AmortizationSchedule(amount, annualRate, termMonths, startDate, instalment, List.copyOf(rows),
                new Totals(totalInstalments, totalInterest, amount));
    }

    /** The fixed instalment, rounded to cents. */
    static BigDecimal instalment(BigDecimal principal, BigDecimal monthlyRate, int termMonths) {
        if (monthlyRate.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_UP);
        }
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(
                BigDecimal.ONE.add(monthlyRate).pow(termMonths, PRECISION), PRECISION));
        return principal.multiply(monthlyRate).divide(discount, PRECISION).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What the schedule says is still owed on a date: the balance after the last instalment due by then, the whole
     * principal before the first. Payments are not recorded yet, so this is the scheduled balance.
     */
    public BigDecimal balanceOn(LocalDate date) {
        BigDecimal balance = principal;
        for (Row row : rows) {
            if (row.dueDate().isAfter(date)) {
                break;
            }
            balance = row.balance();
        }
        return balance;
    }

    public Row last() {
        return rows.get(rows.size() - 1);
    }
}
