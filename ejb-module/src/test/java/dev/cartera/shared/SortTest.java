package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SortTest {

    private static final Set<String> ALLOWED = Set.of("username", "createdAt");

    @Test
    void parsesFieldAndDirection() {
        assertEquals(new Sort("username", true), Sort.parse("username", "createdAt", ALLOWED));
        assertEquals(new Sort("username", false), Sort.parse("username,desc", "createdAt", ALLOWED));
        assertEquals(new Sort("createdAt", true), Sort.parse("createdAt,ASC", "username", ALLOWED));
        assertEquals(new Sort("createdAt", true), Sort.parse(null, "createdAt", ALLOWED));
        assertEquals(new Sort("createdAt", true), Sort.parse(" ", "createdAt", ALLOWED));
    }

    @Test
    void refusesWhatIsNotWhitelisted() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> Sort.parse("passwordHash", "username", ALLOWED));
        assertTrue(unknown.getMessage().contains("passwordHash"));
        assertThrows(IllegalArgumentException.class, () -> Sort.parse("username,sideways", "username", ALLOWED));
        assertThrows(IllegalArgumentException.class, () -> Sort.parse("username,asc,desc", "username", ALLOWED));
    }

    @Test
    void pagesKnowTheirOffsetAndCount() {
        PageRequest request = new PageRequest(3, 20, new Sort("username", true));
        assertEquals(60, request.firstResult());
        assertEquals(3, new Page<>(java.util.List.of(), 0, 20, 41).totalPages());
        assertEquals(0, new Page<>(java.util.List.of(), 0, 20, 0).totalPages());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, request.sort()));
    }
}
