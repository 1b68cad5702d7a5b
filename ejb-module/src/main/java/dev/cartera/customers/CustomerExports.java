package dev.cartera.customers;

import dev.cartera.customers.export.CustomerExportRow;
import dev.cartera.customers.export.CustomerExportSection;
import dev.cartera.customers.export.CustomerExportWriter;
import dev.cartera.reference.PlaceNameIndex;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Reads customers for export in keyset pages (id after the last one seen), as plain rows rather than managed
 * entities, outside any transaction: a million customers stream through a fixed amount of memory and no
 * transaction stays open for the length of a download.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerExports {

    static final int PAGE = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PlaceNameIndex places;

    @Inject
    @Any
    Instance<CustomerExportSection> sections;

    @Resource
    SessionContext context;

    @Resource
    ManagedExecutorService readAhead;

    /** Where the pages go: typically an export writer, which may fail writing to the client. */
    @FunctionalInterface
    public interface PageSink {
        void accept(List<CustomerExportRow> page) throws IOException;
    }

    /**
     * Hands every customer matching the filters to {@code sink}, a page at a time, in id order. The next page is
     * read on another thread while the sink writes this one: reading and writing took about half the time each
     * (JFR, 1,000,000 customers to CSV), so on two cores they overlap. At most two pages are in memory.
     */
    public void forEachPage(List<FilterCondition> filters, PageSink sink) throws IOException {
        // planned once (a search by words reads its index to plan itself), for reading in id order
        FilterSpec.Planned planned = CustomerService.LIST.filters().plan(em, filters)
                .inOrderOf(em, Customer.class, "id");
        CustomerExports container = context.getBusinessObject(CustomerExports.class);
        List<CustomerExportRow> page = page(planned, 0);
        while (!page.isEmpty()) {
            long after = page.get(page.size() - 1).id();
            Future<List<CustomerExportRow>> next = page.size() < PAGE ? CompletableFuture.completedFuture(List.of())
                    : readAhead.submit(() -> container.page(planned, after));
            try {
                sink.accept(page);
            } catch (IOException | RuntimeException e) {
                next.cancel(true);
                throw e;
            }
            page = await(next);
        }
    }

    /**
     * Writes one customer, then what other contexts hold of them (their purchases...), each as a section, in the
     * order of the sections' titles. Does not finish the writer.
     */
    public void writeOne(CustomerExportRow row, CustomerExportWriter writer) throws IOException {
        writer.write(row);
        List<CustomerExportSection> ordered = sections.stream()
                .sorted(Comparator.comparing(CustomerExportSection::title)).toList();
        for (CustomerExportSection section : ordered) {
            writer.startSection(section.title(), section.columns());
            section.forEachRow(row.id(), writer::writeSectionRow);
        }
    }

    public CustomerExportRow one(long id) {
        List<CustomerExportRow> rows = rows(unfiltered(), (cb, customerId) -> cb.equal(customerId, id), 1);
        if (rows.isEmpty()) {
            throw new NotFoundException("Customer", id);
        }
        return rows.get(0);
    }

    /**
     * The customers with these ids, for reports that list customers found elsewhere (the loyalty report), in one
     * query per {@value #PAGE} ids (SQL Server takes at most 2,100 parameters). An unknown id is left out.
     */
    public Map<Long, CustomerExportRow> byIds(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, CustomerExportRow> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += PAGE) {
            List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + PAGE));
            rows(unfiltered(), (cb, customerId) -> customerId.in(slice), slice.size())
                    .forEach(row -> found.put(row.id(), row));
        }
        return found;
    }

    /** The page after {@code afterId}; public for {@link #forEachPage}'s read-ahead, which calls it through the container. */
    public List<CustomerExportRow> page(FilterSpec.Planned filters, long afterId) {
        return rows(filters, (cb, customerId) -> cb.greaterThan(customerId, afterId), PAGE);
    }

    /** The read-ahead's page; its failure (a statement timeout...) as the caller's own. */
    private static List<CustomerExportRow> await(Future<List<CustomerExportRow>> next) throws IOException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the next page of customers");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private FilterSpec.Planned unfiltered() {
        return CustomerService.LIST.filters().plan(em, List.of());
    }

    private List<CustomerExportRow> rows(FilterSpec.Planned filters,
                                         BiFunction<CriteriaBuilder, Path<Long>, Predicate> idPredicate, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        query.multiselect(customer.get("id"), customer.get("documentTypeCode"), customer.get("documentNumber"),
                customer.get("kind"), customer.get("firstName"), customer.get("lastName"), customer.get("legalName"),
                customer.get("tradeName"), customer.get("email"), customer.get("phone"), customer.get("address"),
                customer.get("storedCityId"), customer.get("country"), customer.get("createdAt"),
                customer.get("updatedAt"));
        List<Predicate> where = new ArrayList<>(filters.predicates(cb, query, customer));
        where.add(idPredicate.apply(cb, customer.get("id")));
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(customer.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList().stream().map(this::row).toList();
    }

    /** The city and province named from the reference data in memory, not joined to every customer. */
    private CustomerExportRow row(Tuple t) {
        PlaceNameIndex.CityLabel place = places.label(t.get(11, Long.class));
        return new CustomerExportRow(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class),
                t.get(3).toString(), t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
                t.get(7, String.class), t.get(8, String.class), t.get(9, String.class), t.get(10, String.class),
                place == null ? null : place.city(), place == null ? null : place.province(), t.get(12, String.class),
                (Instant) t.get(13), (Instant) t.get(14));
    }
}
