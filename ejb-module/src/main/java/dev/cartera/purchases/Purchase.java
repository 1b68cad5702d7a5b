package dev.cartera.purchases;

import dev.cartera.shared.Money;
import dev.cartera.shared.TextFolding;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's purchase (in COP: the API and the imports take no other currency), identified in the business by its invoice number. Like a loan, it holds its
 * customer by id and reaches the directory only through {@code CustomerService}.
 */
@Entity
@Table(name = "purchase")
public class Purchase {

    public static final int INVOICE_NUMBER_MAX = 40;
    public static final int STORE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "invoice_number", nullable = false, updatable = false, length = INVOICE_NUMBER_MAX)
    private String invoiceNumber;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 19, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PurchaseChannel channel;

    @Column(length = STORE_MAX)
    private String store;

    /** The store {@link TextFolding folded}, indexed: what {@code store.equals} and {@code store.in} look up. */
    @Column(name = "store_search", length = STORE_MAX)
    private String storeSearch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PurchaseStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Purchase() {
        // for JPA
    }

    /** @param details already checked */
    public Purchase(long customerId, String invoiceNumber, PurchaseDetails details, Instant now) {
        this.customerId = customerId;
        this.invoiceNumber = Objects.requireNonNull(invoiceNumber);
        this.createdAt = now;
        apply(details, now);
    }

    /** @return whether anything changed */
    public boolean apply(PurchaseDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        this.purchasedAt = details.purchasedAt();
        this.amount = details.amount();
        this.channel = details.channel();
        this.store = details.store();
        this.storeSearch = TextFolding.fold(store);
        this.status = details.status();
        this.updatedAt = now;
        return true;
    }

    public PurchaseDetails details() {
        return new PurchaseDetails(purchasedAt, amount, channel, store, status);
    }

    /** Whether it adds to the customer's loyalty total. */
    public boolean counts() {
        return status.counts();
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    /** The amount alone: the console's pages format it as COP. {@code details().amount()} has its currency. */
    public BigDecimal amount() {
        return amount.amount();
    }

    public String currency() {
        return amount.currency();
    }

    public PurchaseChannel channel() {
        return channel;
    }

    public String store() {
        return store;
    }

    public PurchaseStatus status() {
        return status;
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
