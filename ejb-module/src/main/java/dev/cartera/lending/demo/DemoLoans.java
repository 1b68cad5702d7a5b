package dev.cartera.lending.demo;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerService;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanRepository;
import dev.cartera.lending.LoanStatus;
import dev.cartera.lending.LoanTerms;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * Demo loans for customers already in the directory, in every status, cycling through them in order: loan i is
 * in status {@code values()[i % 7]}, reached along the transitions a real loan would take. The customers are read
 * through {@link CustomerService#list} (the first 500 by id), so lending depends on the directory and never the
 * other way round. The same seed over the same customers gives the same loans, and a loan that is there already
 * (the same customer and terms: the key of the loans import) is skipped, so asking twice adds nothing. Start dates
 * count back from the day each customer was registered, not from today, so they do not move from one day to the next.
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

    /** Where a day starts and ends. */
    @Inject
    CompanyZone companyZone;

    /** What a run did. */
    public record LoansSeeded(int requested, long seed, int created, int skipped, int customers) {
    }

    public LoansSeeded create(int count, long seed) {
        if (count < 1 || count > MAX_LOANS) {
            throw new IllegalArgumentException("loans must be between 1 and " + MAX_LOANS);
        }
        List<Customer> borrowers = customers.list(new PageRequest(0, PageRequest.MAX_SIZE, new Sort("id", true)),
                List.of()).items();
        if (borrowers.isEmpty()) {
            return new LoansSeeded(count, seed, 0, 0, 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LoanStatus[] statuses = LoanStatus.values();
        int created = 0;
        for (int i = 0; i < count; i++) {
            Customer customer = borrowers.get(i % borrowers.size());
            LoanTerms terms = terms(random, LocalDate.ofInstant(customer.createdAt(), companyZone.zone()));
            String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
            if (!loans.findByTerms(customer.id(), terms).isEmpty()) {
                continue;
            }
            Loan loan = new Loan(customer.id(), customer.document(), terms, purpose, clock.instant());
            loan.walkTo(statuses[i % statuses.length], clock.instant());
            loans.add(loan);
            created++;
        }
        LoansSeeded outcome = new LoansSeeded(count, seed, created, count - created, Math.min(count, borrowers.size()));
        LOG.info(() -> "Demo loans: " + outcome);
        return outcome;
    }

    private static LoanTerms terms(SplittableRandom random, LocalDate registered) {
        boolean dollars = random.nextInt(4) == 0;
        BigDecimal principal = dollars
                ? BigDecimal.valueOf(500L + random.nextInt(400) * 50L)
                : BigDecimal.valueOf(1_000_000L + random.nextInt(200) * 250_000L);
        BigDecimal rate = BigDecimal.valueOf(800 + random.nextInt(2200), 2).setScale(4, RoundingMode.UNNECESSARY);
        int[] terms = {6, 12, 18, 24, 36, 48, 60};
        return LoanTerms.check(principal, (dollars ? LoanCurrency.USD : LoanCurrency.COP).name(), rate,
                terms[random.nextInt(terms.length)], registered.minusDays(random.nextInt(720)));
    }
}
