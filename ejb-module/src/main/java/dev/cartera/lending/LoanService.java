package dev.cartera.lending;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerRef;
import dev.cartera.customers.CustomerService;
import dev.cartera.imports.UpsertResult;
import dev.cartera.lending.imports.LoanImport;
import dev.cartera.lending.schedule.AmortizationSchedule;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Loans: the only way in for the web module. Customers are reached through {@link CustomerService} alone: get
 * by id, lookup by document; only the id and the document of what it returns are used.
 */
@Stateless
public class LoanService {

    /** The loan lists (all, and a customer's): their filters and sorts. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(
            FilterableField.id("customerId", "customerId").required(),
            FilterableField.code("customerDocumentType", "customerDocument.type").required(),
            FilterableField.code("customerDocumentNumber", "customerDocument.number").required(),
            FilterableField.enumerated("status", "status", LoanStatus.class).required(),
            FilterableField.enumerated("currency", "principal.currency", LoanCurrency.class).required(),
            FilterableField.range("principal", "principal.amount", FilterValueType.DECIMAL).required(),
            FilterableField.range("annualRate", "annualRate", FilterValueType.DECIMAL).required(),
            FilterableField.range("startDate", "startDate", FilterValueType.DATE).required(),
            FilterableField.range("createdAt", "createdAt", FilterValueType.INSTANT).required()),
            Map.of("id", "id", "principal", "principal.amount", "annualRate", "annualRate", "termMonths", "termMonths",
                    "startDate", "startDate", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt"),
            "id");

    @Inject
    LoanRepository loans;

    @Inject
    CustomerService customers;

    @Inject
    Clock clock;

    /**
     * Records a loan request ({@code REQUESTED}).
     *
     * @throws InvalidInputException for invalid terms or no way to tell the customer
     * @throws NotFoundException     for a customer that does not exist
     */
    public Loan create(CustomerRef ref, LoanDetails details) {
        Customer customer = customers.find(ref);
        LoanTerms terms = details.terms();
        checkPurpose(details);
        Loan loan = new Loan(customer.id(), customer.document(), terms, details.cleanPurpose(), clock.instant());
        loans.add(loan);
        return loan;
    }

    /**
     * Replaces terms and purpose.
     *
     * @param expectedVersion when present, the version the client last read; another one is a conflict
     * @throws ConflictException for changed terms past {@code REQUESTED}, or a stale version
     */
    public Loan update(long id, LoanDetails details, OptionalLong expectedVersion) {
        Loan loan = get(id);
        checkVersion(loan, expectedVersion);
        LoanTerms terms = details.terms();
        checkPurpose(details);
        loan.revise(terms, details.cleanPurpose(), clock.instant());
        loans.flush(loan);
        return loan;
    }

    /** @throws ConflictException naming the allowed transitions when this one is not, or for a stale version */
    public Loan changeStatus(long id, String status, OptionalLong expectedVersion) {
        if (status == null || status.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("status", "REQUIRED_CHOICE", "is required: one of "
                    + LoanStatus.allNames(), LoanStatus.allNames()));
        }
        LoanStatus target;
        try {
            target = LoanStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("status", "NOT_ONE_OF", "must be one of "
                    + LoanStatus.allNames(), status.strip(), LoanStatus.allNames()));
        }
        Loan loan = get(id);
        checkVersion(loan, expectedVersion);
        loan.moveTo(target, clock.instant());
        loans.flush(loan);
        return loan;
    }

    public Loan get(long id) {
        return loans.find(id).orElseThrow(() -> new NotFoundException("Loan", id));
    }

    public Page<Loan> list(PageRequest request, List<FilterCondition> filters) {
        return loans.page(request, filters);
    }

    /** @throws NotFoundException for an unknown customer (rather than an empty list) */
    public Page<Loan> listOfCustomer(long customerId, PageRequest request, List<FilterCondition> filters) {
        customers.get(customerId);
        return loans.page(request, LoanRepository.ofCustomer(customerId, filters));
    }

    /** The customer's loans with exactly these terms: how an import without loan numbers recognises a loan. */
    public List<Loan> withTerms(long customerId, LoanTerms terms) {
        return loans.findByTerms(customerId, terms);
    }

    /**
     * Creates or updates an import chunk's loans in the chunk's transaction: a new loan walked to the row's status,
     * an existing one revised and moved along its status machine; one flush for the chunk.
     *
     * @param write false in a dry run: say what would happen, change nothing
     */
    public List<UpsertResult> upsertAll(List<LoanImport> values, boolean write) {
        Instant now = clock.instant();
        List<UpsertResult> results = values.stream().map(value -> value.loanId() == null
                ? createImported(value, write, now) : updateImported(value, write, now)).toList();
        if (write) {
            loans.flushAll();
        }
        return results;
    }

    private UpsertResult createImported(LoanImport value, boolean write, Instant now) {
        if (write) {
            Loan loan = new Loan(value.customerId(), value.document(), value.terms(), value.purpose(), now);
            loan.walkTo(value.status() == null ? LoanStatus.REQUESTED : value.status(), now);
            loans.persist(loan);
        }
        return UpsertResult.CREATED;
    }

    private UpsertResult updateImported(LoanImport value, boolean write, Instant now) {
        Loan loan = loans.find(value.loanId()).orElseThrow();
        boolean statusChanges = value.status() != null && value.status() != loan.status();
        boolean purposeChanges = value.purpose() != null && !Objects.equals(value.purpose(), loan.purpose());
        if (!statusChanges && !purposeChanges) {
            return UpsertResult.UNCHANGED;
        }
        if (write) {
            if (purposeChanges) {
                loan.revise(value.terms(), value.purpose(), now);
            }
            if (statusChanges) {
                loan.walkTo(value.status(), now);
            }
        }
        return UpsertResult.UPDATED;
    }

    public AmortizationSchedule schedule(long id) {
        return get(id).schedule();
    }

    /** @throws ConflictException unless the loan is requested, rejected or cancelled */
    public void delete(long id) {
        Loan loan = get(id);
        loan.checkDeletable();
        loans.remove(loan);
    }

    private static void checkPurpose(LoanDetails details) {
        String purpose = details.cleanPurpose();
        if (purpose != null && purpose.length() > Loan.PURPOSE_MAX) {
            throw new InvalidInputException(FieldProblem.of("purpose", "TOO_LONG", "must be at most "
                    + Loan.PURPOSE_MAX + " characters", Loan.PURPOSE_MAX));
        }
    }

    private static void checkVersion(Loan loan, OptionalLong expectedVersion) {
        ConflictException.requireVersion("Loan", loan.id(), loan.version(), expectedVersion);
    }

    /** How many loans are in each status, every status listed (0 where none): one grouped query for the home page. */
    public java.util.Map<LoanStatus, Long> countByStatus() {
        return loans.countByStatus();
    }
}
