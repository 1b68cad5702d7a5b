package dev.cartera.reference;

import dev.cartera.reference.ReferenceCsv.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the reference files say, parsed and checked before anything touches the database: codes have the
 * right form, every province belongs to a listed country and every city to a listed province, names fit their
 * columns, and no key appears twice (a city's key ignores case and accents, see {@link CityNames#key}).
 * Ecuador's cities are its cantons; Colombia's are its departments' capitals.
 */
public record ReferenceData(List<CountryRow> countries, List<ProvinceRow> provinces, List<CityRow> cities) {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

    public record CountryRow(String code, String name) {
    }

    public record ProvinceRow(String country, String code, String name) {

        public ProvinceKey key() {
            return new ProvinceKey(country, code);
        }
    }

    public record CityRow(String country, String provinceCode, String name) {

        public ProvinceKey province() {
            return new ProvinceKey(country, provinceCode);
        }

        public CityKey key() {
            return new CityKey(province(), CityNames.key(name));
        }
    }

    /** A province's natural key. */
    public record ProvinceKey(String country, String code) {

        public static ProvinceKey of(Province province) {
            return new ProvinceKey(province.country().code(), province.code());
        }
    }

    /** A city's natural key: its province and its name without case or accents, so a new spelling is a rename. */
    public record CityKey(ProvinceKey province, String name) {

        public static CityKey of(City city) {
            return new CityKey(ProvinceKey.of(city.province()), CityNames.key(city.name()));
        }
    }

    /** Where the rows come from: a file name under {@code reference/} and the columns it must have. */
    @FunctionalInterface
    public interface Files {
        List<Row> read(String file, String... columns);
    }

    public static ReferenceData fromClasspath() {
        return read(ReferenceCsv::read);
    }

    public static ReferenceData read(Files files) {
        Builder data = new Builder();
        for (Row row : files.read("countries.csv", "code", "name")) {
            data.country(row, row.value("code"), row.value("name"));
        }
        for (Row row : files.read("ec-provinces.csv", "country", "province_code", "province_name")) {
            data.province(row, row.value("country"), row.value("province_code"), row.value("province_name"));
        }
        for (Row row : files.read("ec-cantons.csv", "country", "province_code", "canton_name")) {
            data.city(row, row.value("country"), row.value("province_code"), row.value("canton_name"));
        }
        for (Row row : files.read("co-departments.csv", "country", "department_code", "department_name", "capital")) {
            data.province(row, row.value("country"), row.value("department_code"), row.value("department_name"));
            data.city(row, row.value("country"), row.value("department_code"), row.value("capital"));
        }
        return data.build();
    }

    private static final class Builder {

        private final Map<String, CountryRow> countries = new LinkedHashMap<>();
        private final Map<ProvinceKey, ProvinceRow> provinces = new LinkedHashMap<>();
        private final Map<CityKey, CityRow> cities = new LinkedHashMap<>();

        void country(Row row, String code, String name) {
            check(row, COUNTRY_CODE.matcher(code).matches(), "country code '" + code + "' is not two capital letters");
            checkName(row, name, Country.NAME_MAX);
            check(row, countries.putIfAbsent(code, new CountryRow(code, name)) == null, "country " + code + " is listed twice");
        }

        void province(Row row, String country, String code, String name) {
            check(row, countries.containsKey(country), "country " + country + " is not in countries.csv");
            check(row, PROVINCE_CODE.matcher(code).matches(), "province code '" + code + "' is not two digits");
            checkName(row, name, Province.NAME_MAX);
            ProvinceRow province = new ProvinceRow(country, code, name);
            check(row, provinces.putIfAbsent(province.key(), province) == null, "province " + country + "-" + code + " is listed twice");
        }

        void city(Row row, String country, String provinceCode, String name) {
            CityRow city = new CityRow(country, provinceCode, name);
            check(row, provinces.containsKey(city.province()), "province " + country + "-" + provinceCode + " is not listed");
            checkName(row, name, City.NAME_MAX);
            CityRow other = cities.putIfAbsent(city.key(), city);
            check(row, other == null, "city '" + name + "' is listed twice in " + country + "-" + provinceCode
                    + (other == null || other.name().equals(name) ? "" : " (also as '" + other.name() + "')"));
        }

        ReferenceData build() {
            return new ReferenceData(List.copyOf(countries.values()), List.copyOf(provinces.values()), List.copyOf(cities.values()));
        }

        private static void checkName(Row row, String name, int max) {
            check(row, name.length() <= max, "'" + name + "' is longer than " + max + " characters");
        }

        private static void check(Row row, boolean valid, String problem) {
            if (!valid) {
                throw row.invalid(problem);
            }
        }
    }
}
