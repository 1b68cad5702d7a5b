package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void caseAccentsAndSpacesDoNotMatter() {
        assertEquals("jose perez", TextFolding.fold("  JOSÉ   Pérez "));
        assertEquals("sol de la manana cia. ltda.", TextFolding.fold("Sol de la Mañana Cía. Ltda."));
        assertEquals("sao paulo", TextFolding.fold("São Paulo"));
        assertNull(TextFolding.fold(null));
    }
}
