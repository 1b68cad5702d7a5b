package dev.cartera.shared;

import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one list offers its callers: the filters it takes, the fields it sorts by (each with the entity attribute
 * it stands for) and its order when a caller names none ({@code id} or {@code createdAt,desc}). The context's
 * service declares one for each of its lists, as part of its public contract; the web module checks every request
 * against it and the repository queries with it, so a new list is a declaration rather than new parsing code.
 */
public record ListFields(FilterSpec filters, Map<String, String> sorts, String defaultSort) {

    /** A list without filters. */
    public static ListFields sortedOnly(Map<String, String> sorts, String defaultSort) {
        return new ListFields(FilterSpec.of(), sorts, defaultSort);
    }

    public Set<String> sortableFields() {
        return sorts.keySet();
    }

    /** The field of the default sort, without its direction. */
    public String defaultField() {
        return defaultSort.split(",", 2)[0];
    }

    /** One page of the entities matching the conditions, sorted as the request asks. */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, List<FilterCondition> conditions) {
        return filters.page(em, type, request, sorts.get(request.sort().field()), conditions);
    }
}
