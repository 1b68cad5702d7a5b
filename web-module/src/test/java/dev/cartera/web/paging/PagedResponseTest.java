package dev.cartera.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.Cursor;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.web.problems.InvalidParameterException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagedResponseTest {

    private static final Set<String> SORTABLE = Set.of("username", "id");

    @Test
    void theSizeIsCappedAt500() {
        assertEquals(500, PagedResponse.request(0, 100_000, null, "id", SORTABLE, null).size());
        assertEquals(20, PagedResponse.request(2, 20, "username,desc", "id", SORTABLE, null).size());
    }

    @Test
    void badParametersNameTheParameter() {
        assertEquals("page", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(-1, 20, null, "id", SORTABLE, null)).field());
        assertEquals("size", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(0, 0, null, "id", SORTABLE, null)).field());
        assertEquals("sort", assertThrows(InvalidParameterException.class,
                () -> PagedResponse.request(0, 20, "secret,asc", "id", SORTABLE, null)).field());
    }

    @Test
    void aCursorTakesThePlaceOfThePageAndMustKeepItsSort() {
        String cursor = new Cursor("username", false, "ana", "7").encode();
        PageRequest request = PagedResponse.request(3, 20, "username,desc", "id", SORTABLE, cursor);
        assertEquals(0, request.firstResult(), "no offset after a cursor");
        assertEquals(new Cursor("username", false, "ana", "7"), request.after());
        assertEquals("cursor", assertThrows(InvalidFilterException.class,
                () -> PagedResponse.request(0, 20, "username,asc", "id", SORTABLE, cursor)).parameter());
        assertEquals("cursor", assertThrows(InvalidFilterException.class,
                () -> PagedResponse.request(0, 20, null, "id", SORTABLE, "bm90IGEgY3Vyc29y")).parameter());
        assertEquals("PAGE_TOO_DEEP", assertThrows(InvalidInputException.class,
                () -> PagedResponse.request(PageRequest.MAX_OFFSET, 1, null, "id", SORTABLE, null)).problems().get(0).code());
    }
}
