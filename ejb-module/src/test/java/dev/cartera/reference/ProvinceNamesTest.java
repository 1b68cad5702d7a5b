package dev.cartera.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the shipped provinces and departments by code or name the way files give them. */
class ProvinceNamesTest {

    private static final ProvinceNames NAMES = new ProvinceNames(ReferenceData.fromClasspath().provinces().stream()
            .map(row -> new ProvinceNames.Entry(row.country(), row.code(), row.name())).toList());

    @Test
    void byCodeWithOrWithoutTheLeadingZero() {
        assertEquals(Optional.of("17"), NAMES.code("EC", "17"));
        assertEquals(Optional.of("09"), NAMES.code("EC", "09"));
        assertEquals(Optional.of("09"), NAMES.code("EC", " 9 "));
        assertEquals(Optional.of("05"), NAMES.code("CO", "5"));
    }

    @Test
    void byNameIgnoringCaseAccentsAndSpaces() {
        assertEquals(Optional.of("17"), NAMES.code("EC", "pichincha"));
        assertEquals(Optional.of("13"), NAMES.code("EC", "  MANABI "));
        assertEquals(Optional.of("08"), NAMES.code("CO", "Atlantico"));
        assertEquals(Optional.of("11"), NAMES.code("CO", "bogota  d.c."));
    }

    @Test
    void theSameNameInTwoCountriesIsTwoProvinces() {
        assertEquals(Optional.of("02"), NAMES.code("EC", "Bolívar"));
        assertEquals(Optional.of("13"), NAMES.code("CO", "Bolívar"));
    }

    @Test
    void nothingOutsideTheCountry() {
        assertEquals(Optional.empty(), NAMES.code("CO", "Pichincha"));
        assertEquals(Optional.empty(), NAMES.code("EC", "99"));
        assertEquals(Optional.empty(), NAMES.code("EC", "Atlantis"));
        assertEquals(Optional.empty(), NAMES.code("BR", "17"));
        assertEquals(Optional.empty(), NAMES.code("EC", " "));
        assertEquals(Optional.empty(), NAMES.code("EC", null));
    }
}
