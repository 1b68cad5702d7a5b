package dev.cartera.customers;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Queries over customers. Runs inside the calling service's transaction. */
@ApplicationScoped
public class CustomerRepository {

    /** SQL Server takes at most 2,100 parameters a statement. */
    private static final int IN_SLICE = 1000;

    @PersistenceContext
    EntityManager em;

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public Optional<Customer> findByDocument(String typeCode, String number) {
        return em.createNamedQuery("Customer.byDocument", Customer.class)
                .setParameter("type", typeCode).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /**
     * The customers holding any of these documents, in one query per 1,000 documents. It asks by number alone
     * ({@code ix_customer_document_number}); H2 does not use the (type, number) key for {@code type = ? AND number
     * IN (...)} and scans every customer of the type instead. The type is matched here.
     */
    public Map<DocumentKey, Customer> findByDocuments(Collection<DocumentKey> documents) {
        Set<DocumentKey> wanted = new HashSet<>(documents);
        List<String> numbers = wanted.stream().map(DocumentKey::number).distinct().toList();
        Map<DocumentKey, Customer> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += IN_SLICE) {
            em.createNamedQuery("Customer.byDocumentNumbers", Customer.class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + IN_SLICE)))
                    .getResultStream().forEach(customer -> {
                        DocumentKey key = new DocumentKey(customer.documentType().code(), customer.documentNumber());
                        if (wanted.contains(key)) {
                            found.put(key, customer);
                        }
                    });
        }
        return found;
    }

    public Page<Customer> page(PageRequest request, List<FilterCondition> filters) {
        return CustomerService.LIST.page(em, Customer.class, request, filters);
    }

    public void add(Customer customer) {
        em.persist(customer);
        em.flush();
    }

    public void remove(Customer customer) {
        em.remove(customer);
    }
}
