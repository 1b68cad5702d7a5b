package dev.cartera.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.reference.CityNames.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the shipped cities by name the way people type them. */
class CityNamesTest {

    private static final CityNames NAMES = new CityNames(entries(ReferenceData.fromClasspath()));

    @Test
    void theKeyIgnoresCaseAccentsAndSpaces() {
        assertEquals("quito", CityNames.key("Quito"));
        assertEquals("quito", CityNames.key("  QUÍTO "));
        assertEquals("san miguel de los bancos", CityNames.key("San  Miguel\u00a0de Los\tBancos"));
        assertEquals("canar", CityNames.key("Cañar"));
        assertEquals("bogota d.c.", CityNames.key("Bogotá D.C."));
        assertEquals("", CityNames.key(null));
    }

    @Test
    void quitoIsFoundHoweverItIsTyped() {
        for (String typed : List.of("Quito", "quito", "QUITO", "Quíto", " quito  ")) {
            assertEquals(List.of("EC-17 Quito"), find("EC", null, typed), typed);
        }
        assertEquals(List.of("EC-17 Quito"), find("EC", "17", "quito"));
    }

    @Test
    void anAccentTheFileLacksStillMatches() {
        assertEquals(List.of("EC-17 Mejia"), find("EC", null, "Mejía"));
        assertEquals(List.of("EC-01 Sigsig"), find("EC", null, "Sígsig"));
    }

    @Test
    void aNameInTwoProvincesNeedsTheProvince() {
        assertEquals(List.of("EC-04 Bolívar", "EC-13 Bolívar"), find("EC", null, "bolivar"));
        assertEquals(List.of("EC-13 Bolívar"), find("EC", "13", "bolivar"));
        assertEquals(List.of("CO-11 Bogotá", "CO-25 Bogotá"), find("CO", null, "Bogota"));
        assertEquals(List.of("CO-11 Bogotá"), find("CO", "11", "Bogota"));
    }

    @Test
    void eitherHalfOfAParenthesisedNameMatchesButTheFullNameComesFirst() {
        assertEquals(List.of("EC-19 Yantzaza (Yanzatza)"), find("EC", null, "Yanzatza"));
        assertEquals(List.of("EC-19 Yantzaza (Yanzatza)"), find("EC", null, "yantzaza"));
        assertEquals(List.of("EC-19 Yantzaza (Yanzatza)"), find("EC", null, "Yantzaza (Yanzatza)"));
        assertEquals(List.of("EC-09 Alfredo Baquerizo Moreno (Juján)"), find("EC", null, "jujan"));
    }

    @Test
    void nothingOutsideTheCountryOrTheProvince() {
        assertEquals(List.of(), find("CO", null, "Quito"));
        assertEquals(List.of(), find("EC", "09", "Quito"));
        assertEquals(List.of(), find("EC", null, "Quit"));
        assertEquals(List.of(), find("BR", null, "São Paulo"));
    }

    private static List<String> find(String country, String provinceCode, String name) {
        return NAMES.find(country, provinceCode, name).stream()
                .map(entry -> entry.country() + "-" + entry.provinceCode() + " " + entry.name()).toList();
    }

    private static List<Entry> entries(ReferenceData data) {
        List<Entry> entries = new ArrayList<>();
        for (ReferenceData.CityRow city : data.cities()) {
            entries.add(new Entry(entries.size() + 1, city.country(), city.provinceCode(), city.name()));
        }
        return entries;
    }
}
