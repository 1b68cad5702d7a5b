package dev.cartera.web.console;

import dev.cartera.shared.ListFields;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.web.paging.FilterParameters;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Every list page's table: a lazy PrimeFaces model over the same list a service offers the API. The filters are the
 * API's ({@code name.contains}, {@code createdAt.gte}...), typed into the page's filter form and checked by the same
 * parser as a query string, so the console can ask nothing the API would refuse; the sorts are the list's declared
 * sortable fields (a column's {@code sortBy} names one); a page is at most {@link PageRequest#MAX_SIZE} rows.
 *
 * <p>One query per page: the service's page carries its total, which becomes the row count, so PrimeFaces'
 * separate {@code count} call only returns the total of the last page read.
 *
 * @param <T> what a row shows
 */
public class ConsoleList<T> extends LazyDataModel<T> {

    /** Reads one page of the list; a service method such as {@code customers::list} with a mapping. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest request, List<FilterCondition> filters);
    }

    private final ListFields fields;
    private final Loader<T> loader;
    private final SerializableKey<T> key;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private String problem;

    /** How a row is told apart from the others (selection, row keys). */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public ConsoleList(ListFields fields, Loader<T> loader, SerializableKey<T> key) {
        this.fields = fields;
        this.loader = loader;
        this.key = key;
    }

    /**
     * The filter form's values, by API parameter ({@code name.contains}); blank ones are ignored. Bound from pages
     * as {@code #{page.list.filters['name.contains']}}.
     */
    public Map<String, String> getFilters() {
        return filters;
    }

    /**
     * A "from day, to day" filter on an instant field, as people ask for it: days in the company's zone, the last
     * day included, written as the API's {@code field.greaterThanOrEqual} and {@code field.lessThan} instants.
     */
    public void setDays(String field, LocalDate first, LocalDate last, ZoneId zone) {
        filters.put(field + ".greaterThanOrEqual", first == null ? null : first.atStartOfDay(zone).toInstant().toString());
        filters.put(field + ".lessThan", last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant().toString());
    }

    /** The first day of {@link #setDays}'s range, read back from the filters (a bookmarked URL). */
    public LocalDate firstDay(String field, ZoneId zone) {
        return dayOf(filters.get(field + ".greaterThanOrEqual"), zone);
    }

    /** The last day of {@link #setDays}'s range, read back from the filters. */
    public LocalDate lastDay(String field, ZoneId zone) {
        LocalDate before = dayOf(filters.get(field + ".lessThan"), zone);
        return before == null ? null : before.minusDays(1);
    }

    private static LocalDate dayOf(String instant, ZoneId zone) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(instant.strip()).atZone(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * After new filters applied in place (Ajax), the table shows their first page, not the page number the old ones
     * were on.
     *
     * @param tableId the table's client id, e.g. {@code :jobs:list}
     */
    public static void showFirstPage(String tableId) {
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(tableId) instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    /** The filters that are set, as the API's query string (for bookmarks and the export of the filtered list). */
    public String getQueryString() {
        return activeFilters().entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The filter parameter whose value the last load refused ({@code createdAt.gte}), or null when all passed. */
    public String getProblem() {
        return problem;
    }

    /**
     * The filter conditions as the API would read them.
     *
     * @throws InvalidFilterException naming the parameter and what it takes
     */
    public List<FilterCondition> conditions() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        activeFilters().forEach(query::putSingle);
        return FilterParameters.parse(query, fields.filters(), Set.of());
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        problem = null;
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        try {
            Page<T> page = loader.load(new PageRequest(first / size, size, sort(sortBy)), conditions());
            // the paginator offers no page past the rows a page number reaches (PageRequest.MAX_OFFSET)
            setRowCount((int) Math.min(PageRequest.MAX_OFFSET, page.totalItems()));
            return page.items();
        } catch (InvalidFilterException e) {
            problem = e.parameter();
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    private Sort sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && fields.sortableFields().contains(meta.getField()))
                .findFirst()
                .map(meta -> new Sort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING))
                .orElseGet(() -> Sort.parse(fields.defaultSort(), fields.defaultField(), fields.sortableFields()));
    }

    private Map<String, String> activeFilters() {
        Map<String, String> active = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                active.put(name, value.strip());
            }
        });
        return active;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
