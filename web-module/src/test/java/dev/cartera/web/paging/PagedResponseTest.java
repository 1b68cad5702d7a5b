package dev.cartera.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.web.problems.InvalidParameterException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagedResponseTest {

    private static final Set<String> SORTABLE = Set.of("username", "id");

    @Test
    void theSizeIsCappedAt500() {
        assertEquals(500, PagedResponse.request(0, 100_000, null, "id", SORTABLE).size());
        assertEquals(20, PagedResponse.request(2, 20, "username,desc", "id", SORTABLE).size());
    }

    @Test
    void badParametersNameTheParameter() {
        assertEquals("page", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(-1, 20, null, "id", SORTABLE)).field());
        assertEquals("size", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(0, 0, null, "id", SORTABLE)).field());
        assertEquals("sort", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(0, 20, "secret,asc", "id", SORTABLE)).field());
    }
}
