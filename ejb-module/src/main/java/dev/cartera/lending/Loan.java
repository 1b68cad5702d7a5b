package dev.cartera.lending;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.lending.schedule.AmortizationSchedule;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A loan granted (or asked for) by a customer. The customer is held by id, plus a copy of their document type and
 * number, which never change: lending reaches the directory only through {@code CustomerService}, never through
 * the {@code Customer} entity, and the copy lets loans be filtered by document without a join into another context.
 * The money terms change only while the loan is {@link LoanStatus#REQUESTED}; the status moves only along
 * {@link LoanStatus#next()}.
 */
@Entity
@Table(name = "loan")
@NamedQuery(name = "Loan.byTerms", query = "SELECT l FROM Loan l WHERE l.customerId = :customerId"
        + " AND l.startDate = :startDate AND l.principal = :principal"
        + " AND l.annualRate = :annualRate AND l.termMonths = :termMonths ORDER BY l.id")
public class Loan {

    public static final int PURPOSE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Embedded
    @AttributeOverride(name = "type",
            column = @Column(name = "customer_document_type", nullable = false, updatable = false, length = 16))
    @AttributeOverride(name = "number",
            column = @Column(name = "customer_document_number", nullable = false, updatable = false, length = 20))
    private CustomerDocument customerDocument;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "principal", nullable = false, precision = 19, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money principal;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LoanStatus status;

    @Column(length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Loan() {
        // for JPA
    }

    public Loan(long customerId, CustomerDocument customerDocument, LoanTerms terms, String purpose, Instant now) {
        this.customerId = customerId;
        this.customerDocument = Objects.requireNonNull(customerDocument, "customerDocument");
        this.status = LoanStatus.REQUESTED;
        this.statusChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        this.purpose = purpose;
        setTerms(terms);
    }

    /**
     * Replaces the terms and the purpose. The purpose may change at any time, the terms only while requested.
     *
     * @return whether anything changed
     * @throws ConflictException for new terms on a loan past {@code REQUESTED}
     */
    public boolean revise(LoanTerms terms, String purpose, Instant now) {
        boolean termsChange = !terms.sameAs(terms());
        if (termsChange && status != LoanStatus.REQUESTED) {
            throw ConflictException.of("problem.loan.termsFixed", String.valueOf(id), status.name());
        }
        boolean purposeChanges = !Objects.equals(purpose, this.purpose);
        if (termsChange) {
            setTerms(terms);
        }
        this.purpose = purpose;
        if (termsChange || purposeChanges) {
            this.updatedAt = now;
        }
        return termsChange || purposeChanges;
    }

    /** @throws ConflictException naming the allowed transitions when this one is not */
    public void moveTo(LoanStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw illegalMove(target);
        }
        this.status = target;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves through every allowed step to the target (an import that finds a requested loan paid in the field's
     * file), so each step obeys the machine.
     *
     * @return whether the status changed
     * @throws ConflictException when the target cannot be reached from here
     */
    public boolean walkTo(LoanStatus target, Instant now) {
        List<LoanStatus> path = status.pathTo(target).orElseThrow(() -> illegalMove(target));
        path.forEach(step -> moveTo(step, now));
        return !path.isEmpty();
    }

    /** @throws ConflictException unless the loan is requested, rejected or cancelled */
    public void checkDeletable() {
        if (!status.isDeletable()) {
            throw ConflictException.of("problem.loan.notDeletable", String.valueOf(id), status.name());
        }
    }

    private ConflictException illegalMove(LoanStatus target) {
        return ConflictException.of("problem.loan.illegalMove", String.valueOf(id), status.name(), target.name(),
                status.nextAsText());
    }

    public AmortizationSchedule schedule() {
        return AmortizationSchedule.french(principal.amount(), annualRate, termMonths, startDate);
    }

    /** What the customer still owes on a date: the scheduled balance while the loan is ACTIVE or DEFAULTED, else 0. */
    public BigDecimal outstandingOn(LocalDate date) {
        return status == LoanStatus.ACTIVE || status == LoanStatus.DEFAULTED ? schedule().balanceOn(date) : BigDecimal.ZERO;
    }

    public LoanTerms terms() {
        return new LoanTerms(principal, annualRate, termMonths, startDate);
    }

    private void setTerms(LoanTerms terms) {
        this.principal = terms.principal();
        this.annualRate = terms.annualRate();
        this.termMonths = terms.termMonths();
        this.startDate = terms.startDate();
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public CustomerDocument customerDocument() {
        return customerDocument;
    }

    public String customerDocumentType() {
        return customerDocument.type();
    }

    public String customerDocumentNumber() {
        return customerDocument.number();
    }

    /** The amount alone, and below its currency: what the console's pages show; {@code terms()} has the Money. */
    public BigDecimal principal() {
        return principal.amount();
    }

    public LoanCurrency currency() {
        return LoanCurrency.valueOf(principal.currency());
    }

    public BigDecimal annualRate() {
        return annualRate;
    }

    public int termMonths() {
        return termMonths;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LoanStatus status() {
        return status;
    }

    public String purpose() {
        return purpose;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
