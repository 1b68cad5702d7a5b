package dev.cartera.web.paging;

import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.InvalidFilterException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code field.operator=value} query parameters. Anything that is neither a filter the list offers
 * nor one of the resource's own parameters is refused, never ignored: a typo must not silently widen a list.
 */
public final class FilterParameters {

    /** Parameters every list takes besides its filters. */
    public static final Set<String> PAGING = Set.of("page", "size", "sort", "cursor");

    private FilterParameters() {
    }

    /**
     * @param own the resource's other query parameters (e.g. {@code format}), besides paging
     * @throws InvalidFilterException naming the offending parameter
     */
    public static List<FilterCondition> parse(MultivaluedMap<String, String> query, FilterSpec spec, Set<String> own) {
        List<FilterCondition> conditions = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (PAGING.contains(name) || own.contains(name)) {
                continue;
            }
            int dot = name.lastIndexOf('.');
            if (dot <= 0 || dot == name.length() - 1) {
                throw InvalidFilterException.of(name, "filter.notAParameter", String.valueOf(spec.fieldNames()),
                        String.valueOf(FilterOperator.wireNames()));
            }
            String operatorName = name.substring(dot + 1);
            FilterOperator operator = FilterOperator.fromWireName(operatorName).orElseThrow(() ->
                    InvalidFilterException.of(name, "filter.notAnOperator", operatorName,
                            String.valueOf(FilterOperator.wireNames())));
            for (String value : parameter.getValue()) {
                conditions.add(new FilterCondition(name.substring(0, dot), operator, value));
            }
        }
        spec.validate(conditions);
        return conditions;
    }
}
