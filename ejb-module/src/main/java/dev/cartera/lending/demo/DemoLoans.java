package dev.cartera.lending.demo;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerService;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanRepository;
import dev.cartera.lending.LoanStatus;
import dev.cartera.lending.LoanTerms;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * Demo loans for customers already in the directory, in every status, cycling through them in order: loan i is
 * in status {@code values()[i % 7]}, reached along the transitions a real loan would take. The customers are read
 * through {@link CustomerService#list} (the first 500 by id), so lending depends on the directory and never the
 * other way round. The same seed over the same customers gives the same terms; every call adds loans.
 */
@Stateless
public class DemoLoans {

    public static final int MAX_LOANS = 5_000;
    private static final Logger LOG = Logger.getLogger(DemoLoans.class.getName());
    private static final String[] PURPOSES = {"Capital de trabajo", "Compra de vehículo", "Mejoras del hogar",
            "Educación", "Compra de mercadería", "Consolidación de deudas", "Maquinaria agrícola"};

    @Inject
    CustomerService customers;

    @Inject
    LoanRepository loans;

    @Inject
    Clock clock;

    /** What a run did. */
    public record Outcome(int requested, long seed, int created, int customers) {
    }

    public Outcome create(int count, long seed) {
        if (count < 1 || count > MAX_LOANS) {
            throw new IllegalArgumentException("loans must be between 1 and " + MAX_LOANS);
        }
        List<Customer> borrowers = customers.list(new PageRequest(0, PageRequest.MAX_SIZE, new Sort("id", true)),
                List.of()).items();
        if (borrowers.isEmpty()) {
            return new Outcome(count, seed, 0, 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Guayaquil")));
        LoanStatus[] statuses = LoanStatus.values();
        for (int i = 0; i < count; i++) {
            Customer customer = borrowers.get(i % borrowers.size());
            Loan loan = new Loan(customer.id(), customer.documentType().code(), customer.documentNumber(),
                    terms(random, today), PURPOSES[random.nextInt(PURPOSES.length)], clock.instant());
            for (LoanStatus step : pathTo(statuses[i % statuses.length])) {
                loan.moveTo(step, clock.instant());
            }
            loans.add(loan);
        }
        Outcome outcome = new Outcome(count, seed, count, Math.min(count, borrowers.size()));
        LOG.info(() -> "Demo loans: " + outcome);
        return outcome;
    }

    /** The transitions from REQUESTED to the status. */
    static List<LoanStatus> pathTo(LoanStatus status) {
        return switch (status) {
            case REQUESTED -> List.of();
            case APPROVED -> List.of(LoanStatus.APPROVED);
            case ACTIVE -> List.of(LoanStatus.APPROVED, LoanStatus.ACTIVE);
            case PAID -> List.of(LoanStatus.APPROVED, LoanStatus.ACTIVE, LoanStatus.PAID);
            case REJECTED -> List.of(LoanStatus.REJECTED);
            case CANCELLED -> List.of(LoanStatus.APPROVED, LoanStatus.CANCELLED);
            case DEFAULTED -> List.of(LoanStatus.APPROVED, LoanStatus.ACTIVE, LoanStatus.DEFAULTED);
        };
    }

    private static LoanTerms terms(SplittableRandom random, LocalDate today) {
        boolean dollars = random.nextInt(4) == 0;
        BigDecimal principal = dollars
                ? BigDecimal.valueOf(500L + random.nextInt(400) * 50L)
                : BigDecimal.valueOf(1_000_000L + random.nextInt(200) * 250_000L);
        BigDecimal rate = BigDecimal.valueOf(800 + random.nextInt(2200), 2).setScale(4, RoundingMode.UNNECESSARY);
        int[] terms = {6, 12, 18, 24, 36, 48, 60};
        return LoanTerms.check(principal, (dollars ? LoanCurrency.USD : LoanCurrency.COP).name(), rate,
                terms[random.nextInt(terms.length)], today.minusDays(random.nextInt(720)));
    }
}
