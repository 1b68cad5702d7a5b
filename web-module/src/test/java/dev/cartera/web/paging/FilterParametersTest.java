package dev.cartera.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterableField;
import dev.cartera.shared.filtering.InvalidFilterException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

    private final FilterSpec spec = FilterSpec.of(FilterableField.words("name", "searchName", NameWord.class),
            FilterableField.code("documentType", "documentType.code"));

    @Test
    void readsFiltersAndSkipsPagingAndOwnParameters() {
        var query = new MultivaluedHashMap<String, String>();
        query.add("page", "2");
        query.add("format", "csv");
        query.add("name.contains", "pérez");
        query.add("documentType.in", "CI,RUC");

        List<FilterCondition> conditions = FilterParameters.parse(query, spec, Set.of("format"));

        assertEquals(Set.of(new FilterCondition("name", FilterOperator.CONTAINS, "pérez"),
                new FilterCondition("documentType", FilterOperator.IN, "CI,RUC")), Set.copyOf(conditions));
        assertEquals(2, conditions.size());
    }

    @Test
    void anythingElseIsRefusedByName() {
        for (String parameter : new String[] {"nme.contains", "name.like", "name", "name.", ".equals"}) {
            var query = new MultivaluedHashMap<String, String>();
            query.add(parameter, "x");
            var error = assertThrows(InvalidFilterException.class, () -> FilterParameters.parse(query, spec, Set.of()));
            assertEquals(parameter, error.parameter());
        }
    }

    /** A table of words, as a list searched by words names one. */
    static class NameWord extends dev.cartera.shared.filtering.SearchWordRow {
    }
}
