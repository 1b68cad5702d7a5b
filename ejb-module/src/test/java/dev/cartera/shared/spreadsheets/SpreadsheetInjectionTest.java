package dev.cartera.shared.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+cmd", "-2+3", "@SUM(1)", "\tcalc", "\rcalc",
            "+593991234567", "=", "-"})
    void prefixesValuesAFormulaCouldStartWith(String value) {
        assertEquals("'" + value, SpreadsheetInjection.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "José Pérez", "a=b", "1-2", "x@example.com", " =1", "'=1", "\ncalc"})
    void leavesOtherValuesAlone(String value) {
        assertSame(value, SpreadsheetInjection.neutralise(value), "the value itself, not a copy");
    }

    @Test
    void aFormulaAfterTheSemicolonALatinAmericanExcelSplitsAtIsGuardedToo() {
        assertEquals("Ana;'=HYPERLINK(\"http://evil\",\"x\")", SpreadsheetInjection.neutralise("Ana;=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'=1;'+2;'-3;'@4;x;'\tcalc", SpreadsheetInjection.neutralise("=1;+2;-3;@4;x;\tcalc"));
        assertEquals("a; =1;b=c", SpreadsheetInjection.neutralise("a; =1;b=c"));
    }

    @Test
    void nullStaysNull() {
        assertNull(SpreadsheetInjection.neutralise(null));
    }
}
