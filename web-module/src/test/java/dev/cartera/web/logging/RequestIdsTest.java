package dev.cartera.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aCallersSaneIdIsKept() {
        assertEquals("call-centre-42", RequestIds.choose("call-centre-42"));
        assertEquals("a1b2.c3:d4_e5", RequestIds.choose("a1b2.c3:d4_e5"));
    }

    @Test
    void anythingElseGetsAFreshUuid() {
        for (String bad : new String[] {null, "", "has space", "x".repeat(65), "new\nline", "<script>"}) {
            String chosen = RequestIds.choose(bad);
            assertNotEquals(bad, chosen);
            UUID.fromString(chosen);
        }
    }
}
