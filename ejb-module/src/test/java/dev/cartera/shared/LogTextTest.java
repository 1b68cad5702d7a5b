package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aUsernameCannotForgeALogLine() {
        String forged = "x'\n2026-12-04 10:00:00 INFO Login of 'admin' succeeded\r\u0085\u2028\u001b[31m";
        String logged = LogText.quoted(forged);
        assertFalse(logged.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028), logged);
        assertEquals("'x\\'\\u000a2026-12-04 10:00:00 INFO Login of \\'admin\\' succeeded\\u000d\\u0085\\u2028\\u001b[31m'",
                logged);
        assertEquals("'ana'", LogText.quoted("ana"));
        assertEquals(LogText.MAX_CHARS + 3, LogText.quoted("a".repeat(10_000)).length());
    }
}
