package dev.cartera.customers;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.customers.imports.CustomerImport;
import dev.cartera.customers.welcome.WelcomeMessages;
import dev.cartera.imports.UpsertResult;
import dev.cartera.reference.City;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The customer directory: the only way in for the web module and for imports. */
@Stateless
public class CustomerService {

    /** The directory list: its filters and sorts, what callers may ask of {@link #list}. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(
            FilterableField.words("name", "searchName", CustomerNameWord.class),
            FilterableField.code("documentType", "documentType.code"),
            FilterableField.code("documentNumber", "documentNumber"),
            FilterableField.words("email", "emailSearch", CustomerEmailWord.class),
            FilterableField.id("cityId", "city.id"),
            FilterableField.id("provinceId", "city.province.id"),
            FilterableField.code("provinceCode", "city.province.code"),
            FilterableField.code("country", "country"),
            FilterableField.range("createdAt", "createdAt", FilterValueType.INSTANT),
            FilterableField.range("updatedAt", "updatedAt", FilterValueType.INSTANT)),
            Map.of("id", "id", "name", "searchName", "documentNumber", "documentNumber",
                    "createdAt", "createdAt", "updatedAt", "updatedAt"),
            "id");

    @Inject
    CustomerRepository customers;

    @Inject
    WelcomeMessages welcome;

    @Inject
    @Any
    Instance<CustomerDependents> dependents;

    @Inject
    @Any
    Instance<CustomerFacts> facts;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Registers a new customer and queues the welcome message in the same transaction.
     *
     * @throws InvalidInputException for an unknown type, an invalid number or invalid details
     * @throws ConflictException     when a customer with that exact document type and number exists
     */
    public Registration register(String documentType, String documentNumber, CustomerDetails details) {
        DocumentCheck.Valid document = checkDocument(documentType, documentNumber);
        customers.findByDocument(document.type().name(), document.number()).ifPresent(existing -> {
            throw ConflictException.of("problem.customer.documentTaken", String.valueOf(existing.id()),
                    String.valueOf(document.type()), document.number());
        });
        CustomerRules.Accepted accepted = CustomerRules.check(document, details, city(details.cityId()));
        Customer customer = new Customer(em.find(DocumentType.class, document.type().name()), document, accepted,
                clock.instant());
        try {
            customers.add(customer);
        } catch (PersistenceException e) {
            throw ConflictException.of("problem.customer.race", String.valueOf(document.type()), document.number());
        }
        welcome.queueFor(customer);
        return new Registration(customer, accepted.warnings());
    }

    /**
     * Replaces the details; the document never changes.
     *
     * @param expectedVersion when present, the version the client last read; another one is a conflict
     */
    public Registration update(long id, CustomerDetails details, OptionalLong expectedVersion) {
        return update(id, null, null, details, expectedVersion);
    }

    /**
     * Replaces the details of a customer whose document the client sent back with them: in any spelling the document
     * rules accept, it must be the customer's own (null for either means not sent).
     *
     * @throws InvalidInputException DOCUMENT_CANNOT_CHANGE when the type or number is another document's
     */
    public Registration update(long id, String documentType, String documentNumber, CustomerDetails details,
                               OptionalLong expectedVersion) {
        Customer customer = get(id);
        customer.document().refuseChangeTo(documentType, documentNumber);
        ConflictException.requireVersion("Customer", id, customer.version(), expectedVersion);
        DocumentCheck.Valid document = DocumentNumbers.check(DocumentTypeCode.valueOf(customer.documentTypeCode()),
                customer.documentNumber()) instanceof DocumentCheck.Valid valid ? valid : null;
        if (document == null) {
            throw new IllegalStateException("stored document of customer " + id + " no longer validates");
        }
        CustomerRules.Accepted accepted = CustomerRules.check(document, details, city(details.cityId()));
        if (customer.differsFrom(accepted)) {
            customer.apply(accepted, clock.instant());
            em.flush();
        }
        return new Registration(customer, accepted.warnings());
    }

    /**
     * Creates or updates the customers holding the documents, for imports: one query finds the existing ones,
     * the writes go out in one flush (JDBC batches where the ids allow). A new customer gets the welcome message,
     * as with {@link #register}.
     *
     * @param rows  documents all different
     * @param write false to only say what would happen
     * @return what happened to each row, in order, in the import engine's terms
     */
    public List<UpsertResult> upsertAll(List<CustomerImport> rows, boolean write) {
        Map<CustomerDocument, Customer> existing = customers.findByDocuments(rows.stream()
                .map(row -> CustomerDocument.of(row.document())).toList());
        Instant now = clock.instant();
        Map<String, DocumentType> types = new HashMap<>();
        List<UpsertResult> results = new ArrayList<>(rows.size());
        List<Customer> created = new ArrayList<>();
        for (CustomerImport row : rows) {
            String type = row.document().type().name();
            Customer found = existing.get(CustomerDocument.of(row.document()));
            if (found == null) {
                if (write) {
                    Customer customer = new Customer(types.computeIfAbsent(type, code -> em.find(DocumentType.class, code)),
                            row.document(), row.details(), now);
                    em.persist(customer);
                    created.add(customer);
                }
                results.add(UpsertResult.CREATED);
            } else if (found.differsFrom(row.details())) {
                if (write) {
                    found.apply(row.details(), now);
                }
                results.add(UpsertResult.UPDATED);
            } else {
                results.add(UpsertResult.UNCHANGED);
            }
        }
        if (!created.isEmpty()) {
            em.flush();
            welcome.queueForAll(created);
        }
        return results;
    }

    public Customer get(long id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public Page<Customer> list(PageRequest request, List<FilterCondition> filters) {
        return customers.page(request, filters);
    }

    /**
     * Finds a customer by the document a caller reads out on the phone, in any of its usual spellings.
     *
     * @throws InvalidInputException when the number cannot be a valid document of that type
     * @throws NotFoundException     when it is valid but nobody has it
     */
    public Customer lookup(String documentType, String documentNumber) {
        DocumentCheck.Valid document = checkDocument(documentType, documentNumber);
        return customers.findByDocument(document.type().name(), document.number())
                .orElseThrow(() -> new NotFoundException(Message.of("problem.customer.noDocument",
                        String.valueOf(document.type()), document.number())));
    }

    /**
     * {@link #lookup} with the customer's {@link #summary} and {@link #facts}: the lookup an agent makes on the
     * phone, in one call and one transaction instead of three (the container's work around each call showed in
     * the lookup's profile).
     */
    public CustomerCard card(String documentType, String documentNumber) {
        Customer customer = lookup(documentType, documentNumber);
        return new CustomerCard(customer, summary(customer.id()), facts(customer.id()));
    }

    /**
     * The customer another context's request names (a loan's, a purchase's).
     *
     * @throws InvalidInputException naming {@code customerId} when neither way is given, or the
     *                               {@code customerDocument...} field that is not valid
     * @throws NotFoundException     for a customer that does not exist
     */
    public Customer find(CustomerRef ref) {
        if (ref.customerId() != null) {
            return get(ref.customerId());
        }
        if (ref.documentType() == null || ref.documentType().isBlank() || ref.documentNumber() == null
                || ref.documentNumber().isBlank()) {
            throw new InvalidInputException(FieldProblem.of("customerId", "CUSTOMER_REQUIRED",
                    "is required, or customerDocumentType and customerDocumentNumber"));
        }
        try {
            return lookup(ref.documentType(), ref.documentNumber());
        } catch (InvalidInputException e) {
            // the lookup names its own parameters; here they are the request's
            throw new InvalidInputException(e.problems().stream().map(problem -> new InvalidInputException.FieldProblem(
                    "customer" + Character.toUpperCase(problem.field().charAt(0)) + problem.field().substring(1),
                    problem.code(), problem.message(), problem.arguments())).toList());
        }
    }

    /** The ids of the customers holding these documents; a document nobody holds is absent. */
    public Map<CustomerDocument, Long> idsOf(Collection<CustomerDocument> documents) {
        Map<CustomerDocument, Long> ids = new HashMap<>();
        customers.findByDocuments(documents).forEach((key, customer) -> ids.put(key, customer.id()));
        return ids;
    }

    /**
     * The customer holding a valid document, its row locked until the caller's transaction ends: another context
     * that checks, then writes, what a customer holds (a loans import) does so one transaction at a time per
     * customer. Empty, without an exception (which would roll the caller back), when nobody has it.
     */
    public Optional<Customer> lockHolderOf(DocumentCheck.Valid document) {
        Optional<Customer> holder = customers.findByDocument(document.type().name(), document.number());
        holder.ifPresent(customer -> em.lock(customer, LockModeType.PESSIMISTIC_WRITE));
        return holder;
    }

    /** How many of each dependent (loans, purchases...) the customer has. */
    public Map<String, Long> summary(long customerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        dependents.forEach(dependent -> counts.put(dependent.name(), dependent.countFor(customerId)));
        return counts;
    }

    /** What other contexts know about the customer (last month's loyalty standing...), by name. */
    public Map<String, Object> facts(long customerId) {
        Map<String, Object> found = new LinkedHashMap<>();
        facts.forEach(each -> {
            Object value = each.factsFor(customerId);
            if (value != null) {
                found.put(each.name(), value);
            }
        });
        return found;
    }

    /** How many customers live in each province, the most populous first; customers without a city are left out. */
    public List<ProvinceCount> countByProvince(int top) {
        return em.createQuery("SELECT NEW dev.cartera.customers.ProvinceCount(p.name, COUNT(c)) FROM Customer c"
                        + " JOIN c.city ci JOIN ci.province p GROUP BY p.name ORDER BY COUNT(c) DESC", ProvinceCount.class)
                .setMaxResults(top).getResultList();
    }

    /** @throws ConflictException while other contexts hold records of the customer */
    public void delete(long id) {
        Customer customer = get(id);
        List<Message> blocking = summary(id).entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> Message.of("customer.dependents." + entry.getKey(), entry.getValue())).toList();
        if (!blocking.isEmpty()) {
            throw ConflictException.of("problem.customer.hasDependents", String.valueOf(id), blocking);
        }
        em.createQuery("DELETE FROM OutboundMessage m WHERE m.customerId = :id").setParameter("id", id).executeUpdate();
        customers.remove(customer);
    }

    private static DocumentCheck.Valid checkDocument(String documentType, String documentNumber) {
        DocumentTypeCode type = DocumentTypeCode.parse(documentType).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("documentType", "UNKNOWN_DOCUMENT_TYPE", "must be one of " + Arrays.stream(
                        DocumentTypeCode.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        DocumentCheck check = DocumentNumbers.check(type, documentNumber);
        if (check instanceof DocumentCheck.Invalid invalid) {
            // the code is the document rule's own, as the console's lookup says it (document.problem.<CODE>)
            throw new InvalidInputException(FieldProblem.of("documentNumber", "DOCUMENT_" + invalid.problem().name(),
                    invalid.message(), documentNumber == null ? "" : documentNumber.strip(), type.name()));
        }
        return (DocumentCheck.Valid) check;
    }

    private Optional<City> city(Long cityId) {
        if (cityId == null) {
            return Optional.empty();
        }
        City city = em.find(City.class, cityId);
        if (city == null) {
            throw new InvalidInputException(FieldProblem.of("cityId", "UNKNOWN_CITY",
                    "no city has id " + cityId + "; see GET /api/reference/cities", cityId));
        }
        return Optional.of(city);
    }
}
