package dev.cartera.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.reference.ReferenceData.CityRow;
import dev.cartera.reference.ReferenceData.ProvinceRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The files shipped under reference/, and what the parser refuses. */
class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.fromClasspath();

    @Test
    void theShippedFilesHoldThreeCountriesWithTheirProvincesAndCities() {
        assertEquals(List.of("EC", "CO", "BR"), DATA.countries().stream().map(ReferenceData.CountryRow::code).toList());
        Map<String, Long> provinces = DATA.provinces().stream().collect(Collectors.groupingBy(ProvinceRow::country, Collectors.counting()));
        Map<String, Long> cities = DATA.cities().stream().collect(Collectors.groupingBy(CityRow::country, Collectors.counting()));
        assertEquals(Map.of("EC", 24L, "CO", 33L), provinces);
        assertEquals(Map.of("EC", 221L, "CO", 33L), cities);
    }

    @Test
    void namesKeepTheirAccentsAndQuotedCommas() {
        assertTrue(DATA.provinces().contains(new ProvinceRow("EC", "17", "Pichincha")));
        assertTrue(DATA.provinces().contains(new ProvinceRow("EC", "20", "Galápagos")));
        assertTrue(DATA.provinces().contains(new ProvinceRow("EC", "03", "Cañar")));
        assertTrue(DATA.provinces().contains(new ProvinceRow("CO", "88", "Archipiélago de San Andrés, Providencia y Santa Catalina")));
        assertTrue(DATA.cities().contains(new CityRow("EC", "17", "Rumiñahui")));
        assertTrue(DATA.cities().contains(new CityRow("CO", "05", "Medellín")), "a department's capital is its city");
    }

    @Test
    void bogotaIsTheCityOfTwoDepartments() {
        assertEquals(List.of("11", "25"), DATA.cities().stream()
                .filter(city -> city.name().equals("Bogotá")).map(CityRow::provinceCode).toList());
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumn() {
        var error = assertThrows(IllegalStateException.class,
                () -> withFile("ec-provinces.csv", "country,code,province_name\nEC,01,Azuay\n"));
        assertEquals("reference/ec-provinces.csv: the header has no column province_code (it has country, code, province_name)",
                error.getMessage());
    }

    @Test
    void aBadRowNamesTheFileAndTheLine() {
        assertRefused("ec-provinces.csv", "country,province_code,province_name\nEC,01,Azuay\nEC,2,Bolívar\n",
                "reference/ec-provinces.csv line 3: province code '2' is not two digits");
        assertRefused("ec-provinces.csv", "country,province_code,province_name\nPE,01,Lima\n",
                "reference/ec-provinces.csv line 2: country PE is not in countries.csv");
        assertRefused("ec-cantons.csv", "country,province_code,canton_name\nEC,30,Exterior\n",
                "reference/ec-cantons.csv line 2: province EC-30 is not listed");
        assertRefused("ec-cantons.csv", "country,province_code,canton_name\nEC,17,Quito\nEC,17,\n",
                "reference/ec-cantons.csv line 3: canton_name is empty");
        assertRefused("ec-cantons.csv", "country,province_code,canton_name\nEC,17,Quito,extra\n",
                "reference/ec-cantons.csv line 2: 4 values for 3 columns");
        assertRefused("countries.csv", "code,name\nEC,Ecuador\nec,Ecuador\n",
                "reference/countries.csv line 3: country code 'ec' is not two capital letters");
    }

    @Test
    void twoSpellingsOfOneCityInAProvinceAreRefused() {
        assertRefused("ec-cantons.csv", "country,province_code,canton_name\nEC,17,Mejia\nEC,17,Mejía\n",
                "reference/ec-cantons.csv line 3: city 'Mejía' is listed twice in EC-17 (also as 'Mejia')");
    }

    private static void assertRefused(String file, String text, String message) {
        assertEquals(message, assertThrows(IllegalStateException.class, () -> withFile(file, text)).getMessage());
    }

    /** The shipped files, but one of them replaced by the text. */
    private static ReferenceData withFile(String file, String text) {
        return ReferenceData.read((name, columns) -> {
            if (!name.equals(file)) {
                return ReferenceCsv.read(name, columns);
            }
            try {
                return ReferenceCsv.parse(ReferenceCsv.FOLDER + name, new StringReader(text), columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
