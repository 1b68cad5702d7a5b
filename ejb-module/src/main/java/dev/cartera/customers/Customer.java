package dev.cartera.customers;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.reference.City;
import dev.cartera.shared.SearchWords;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A customer or partner, identified for good by a document type and number: the pair is unique and never changes,
 * so a cédula and a RUC with the same digits are two customers.
 */
@Entity
@Table(name = "customer", uniqueConstraints = @UniqueConstraint(name = "uk_customer_document",
        columnNames = {"document_type", "document_number"}))
@NamedQuery(name = "Customer.byDocument",
        query = "SELECT c FROM Customer c WHERE c.documentType.code = :type AND c.documentNumber = :number")
@NamedQuery(name = "Customer.byDocumentNumbers", query = "SELECT c FROM Customer c WHERE c.documentNumber IN :numbers")
public class Customer {

    public static final int DOCUMENT_NUMBER_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_type", nullable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_customer_document_type"))
    private DocumentType documentType;

    /**
     * The same column, read-only, for queries and views that want the code without reading {@code document_type}.
     * Set with the relation (the document never changes), so never stale.
     */
    @Column(name = "document_type", insertable = false, updatable = false)
    private String documentTypeCode;

    @Column(name = "document_number", nullable = false, updatable = false, length = DOCUMENT_NUMBER_MAX)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private CustomerKind kind;

    /** For Ecuadorian documents, the province that issued it. */
    @Column(name = "document_province_code", updatable = false, length = 2)
    private String documentProvinceCode;

    @Column(name = "first_name", length = CustomerRules.NAME_MAX)
    private String firstName;

    @Column(name = "last_name", length = CustomerRules.NAME_MAX)
    private String lastName;

    @Column(name = "legal_name", length = CustomerRules.COMPANY_NAME_MAX)
    private String legalName;

    @Column(name = "trade_name", length = CustomerRules.COMPANY_NAME_MAX)
    private String tradeName;

    /** Names and document folded (lower case, no accents), for the name sort and "name equals". */
    @Column(name = "search_name", nullable = false, length = 600)
    private String searchName;

    /** The words of the names and document, for "name contains" ({@link CustomerSearch#nameWords}). */
    @ElementCollection
    @CollectionTable(name = "customer_name_word", joinColumns = @JoinColumn(name = "customer_id"),
            foreignKey = @ForeignKey(name = "fk_customer_name_word_customer"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> nameWords = new HashSet<>();

    @Column(length = EmailAddresses.MAX_LENGTH)
    private String email;

    /** The address folded, for "email equals". */
    @Column(name = "email_search", length = EmailAddresses.MAX_LENGTH)
    private String emailSearch;

    /** The address's words, for "email contains". */
    @ElementCollection
    @CollectionTable(name = "customer_email_word", joinColumns = @JoinColumn(name = "customer_id"),
            foreignKey = @ForeignKey(name = "fk_customer_email_word_customer"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> emailWords = new HashSet<>();

    /** E.164. */
    @Column(length = 20)
    private String phone;

    @Column(length = CustomerRules.ADDRESS_MAX)
    private String address;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id", foreignKey = @ForeignKey(name = "fk_customer_city"))
    private City city;

    /**
     * The same column, read-only, for queries and views that name the city by its id without reading it: the
     * export and the API name it from the reference data in memory, where joining (or lazily loading) the city,
     * its province and the document type made three lookups per customer. The relation above writes the column;
     * this class sets both together, so this one is never stale.
     */
    @Column(name = "city_id", insertable = false, updatable = false)
    private Long storedCityId;

    /** Where the customer lives: the city's country, else the document's. */
    @Column(name = "country_code", nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(DocumentType documentType, DocumentCheck.Valid document, CustomerRules.Accepted details, Instant now) {
        this.documentType = documentType;
        this.documentTypeCode = documentType.code();
        this.documentNumber = document.number();
        this.kind = document.kind();
        this.documentProvinceCode = document.provinceCode().orElse(null);
        this.createdAt = now;
        apply(details, now);
    }

    /** Everything but the document may change. */
    public void apply(CustomerRules.Accepted details, Instant now) {
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.legalName = details.legalName();
        this.tradeName = details.tradeName();
        this.email = details.email();
        this.phone = details.phone();
        this.address = details.address();
        this.city = details.city();
        this.storedCityId = city == null ? null : city.id();
        this.country = details.country();
        this.searchName = CustomerSearch.searchName(firstName, lastName, legalName, tradeName, documentNumber);
        this.emailSearch = CustomerSearch.emailSearch(email);
        replace(nameWords, CustomerSearch.nameWords(firstName, lastName, legalName, tradeName, documentNumber));
        replace(emailWords, CustomerSearch.emailWords(email));
        this.updatedAt = now;
    }

    /** Only the words that changed are written: a collection cleared and refilled would delete and insert them all. */
    private static void replace(Set<String> words, Set<String> fresh) {
        words.retainAll(fresh);
        words.addAll(fresh);
    }

    /** Whether applying these details would change anything: an import reports such rows as unchanged. */
    public boolean differsFrom(CustomerRules.Accepted details) {
        return !(Objects.equals(firstName, details.firstName())
                && Objects.equals(lastName, details.lastName())
                && Objects.equals(legalName, details.legalName())
                && Objects.equals(tradeName, details.tradeName())
                && Objects.equals(email, details.email())
                && Objects.equals(phone, details.phone())
                && Objects.equals(address, details.address())
                && Objects.equals(cityId(), details.city() == null ? null : details.city().id())
                && Objects.equals(country, details.country()));
    }

    /** How people call the customer: "first last" for a person, the trade name (else legal name) for a company. */
    public String displayName() {
        return kind == CustomerKind.PERSON
                ? Stream.of(firstName, lastName).filter(Objects::nonNull).collect(Collectors.joining(" "))
                : tradeName != null ? tradeName : legalName;
    }

    /** Without loading the city. */
    public Long cityId() {
        return storedCityId;
    }

    public Long id() {
        return id;
    }

    public DocumentType documentType() {
        return documentType;
    }

    /** Without loading the document type. */
    public String documentTypeCode() {
        return documentTypeCode;
    }

    public String documentNumber() {
        return documentNumber;
    }

    /**
     * The type and number together, as the value that identifies the customer for good. Built here rather than
     * embedded: the type's column is also the foreign key to {@code document_type} ({@link #documentType()}, which the
     * rules and the views read), and an embedded copy would map that column twice, once read-only.
     */
    public CustomerDocument document() {
        return new CustomerDocument(documentTypeCode, documentNumber);
    }

    public CustomerKind kind() {
        return kind;
    }

    public String documentProvinceCode() {
        return documentProvinceCode;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String legalName() {
        return legalName;
    }

    public String tradeName() {
        return tradeName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public City city() {
        return city;
    }

    public String country() {
        return country;
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
