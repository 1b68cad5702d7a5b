package dev.cartera.customers;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public Map<CustomerDocument, Customer> findByDocuments(Collection<CustomerDocument> documents) {
        // matched as text: a customer of another type with the same digits is not built into a document at all,
        // so one whose stored number the rules of today would refuse cannot fail someone else's lookup
        Map<String, CustomerDocument> wanted = new HashMap<>();
        documents.forEach(document -> wanted.put(text(document.type(), document.number()), document));
        List<String> numbers = documents.stream().map(CustomerDocument::number).distinct().toList();
        Map<CustomerDocument, Customer> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += IN_SLICE) {
            em.createNamedQuery("Customer.byDocumentNumbers", Customer.class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + IN_SLICE)))
                    .getResultStream().forEach(customer -> {
                        CustomerDocument document = wanted.get(text(customer.documentTypeCode(),
                                customer.documentNumber()));
                        if (document != null) {
                            found.put(document, customer);
                        }
                    });
        }
        return found;
    }

    private static String text(String type, String number) {
        return type + " " + number;
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
