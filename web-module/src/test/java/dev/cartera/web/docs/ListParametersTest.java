package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.web.paging.ListQuery;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    @Test
    void everyOperationThatTakesAListQueryHasItsParametersDeclared() {
        Set<String> lists = Endpoints.all().values().stream()
                .filter(endpoint -> endpoint.javaMethods().stream().flatMap(method -> Arrays.stream(method.getParameterTypes()))
                        .anyMatch(type -> type == ListQuery.class))
                .map(Endpoint::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(lists, new TreeSet<>(ListParameters.LISTS.keySet()));
    }
}
