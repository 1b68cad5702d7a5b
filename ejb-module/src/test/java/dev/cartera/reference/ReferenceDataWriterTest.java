package dev.cartera.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cartera.reference.ReferenceData.CityRow;
import dev.cartera.reference.ReferenceData.ProvinceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The upsert by natural key: a first load inserts, a second changes nothing, a new file version renames. */
class ReferenceDataWriterTest {

    private static final ReferenceData DATA = ReferenceData.fromClasspath();

    /** What the database holds, as the persist calls left it. */
    private final List<Object> table = new ArrayList<>();

    @Test
    void theFirstLoadInsertsEveryRow() {
        ReferenceDataChanges changes = load(DATA);

        assertEquals(new ReferenceDataChanges(3 + 24 + 33 + 221 + 33, 0), changes);
        Province pichincha = all(Province.class).stream().filter(p -> p.code().equals("17")).findFirst().orElseThrow();
        assertEquals("EC", pichincha.country().code());
        City quito = all(City.class).stream().filter(c -> c.name().equals("Quito")).findFirst().orElseThrow();
        assertSame(pichincha, quito.province());
    }

    @Test
    void aSecondLoadChangesNothing() {
        load(DATA);
        int rows = table.size();

        assertEquals(ReferenceDataChanges.NONE, load(DATA));
        assertEquals(rows, table.size());
    }

    @Test
    void aRenamedProvinceIsUpdatedNotAdded() {
        load(DATA);
        ReferenceData renamed = new ReferenceData(DATA.countries(), map(DATA.provinces(),
                p -> p.code().equals("23") && p.country().equals("EC") ? new ProvinceRow("EC", "23", "Santo Domingo") : p),
                DATA.cities());

        assertEquals(new ReferenceDataChanges(0, 1), load(renamed));
        assertEquals(24 + 33, all(Province.class).size());
        assertEquals(1, all(Province.class).stream().filter(p -> p.name().equals("Santo Domingo")).count());
    }

    @Test
    void aCityWhoseAccentWasFixedIsRenamedNotAdded() {
        load(DATA);
        ReferenceData fixed = new ReferenceData(DATA.countries(), DATA.provinces(),
                map(DATA.cities(), c -> c.name().equals("Mejia") ? new CityRow("EC", "17", "Mejía") : c));

        assertEquals(new ReferenceDataChanges(0, 1), load(fixed));
        assertEquals(221 + 33, all(City.class).size());
        assertEquals(1, all(City.class).stream().filter(c -> c.name().equals("Mejía")).count());
    }

    @Test
    void aNewCityIsAddedToItsExistingProvince() {
        load(DATA);
        List<CityRow> cities = new ArrayList<>(DATA.cities());
        cities.add(new CityRow("EC", "17", "Conocoto"));

        assertEquals(new ReferenceDataChanges(1, 0), load(new ReferenceData(DATA.countries(), DATA.provinces(), cities)));
        City conocoto = all(City.class).stream().filter(c -> c.name().equals("Conocoto")).findFirst().orElseThrow();
        assertEquals("Pichincha", conocoto.province().name());
    }

    private ReferenceDataChanges load(ReferenceData data) {
        return ReferenceDataWriter.merge(data, all(Country.class), all(Province.class), all(City.class), table::add);
    }

    private <T> List<T> all(Class<T> type) {
        return table.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> List<T> map(List<T> rows, UnaryOperator<T> change) {
        return rows.stream().map(change).toList();
    }
}
