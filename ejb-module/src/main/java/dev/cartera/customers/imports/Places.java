package dev.cartera.customers.imports;

import dev.cartera.reference.City;
import java.util.List;
import java.util.Optional;

/** The reference data a customers row is checked against; the dataset answers from the database, tests from a list. */
interface Places {

    /** Every city of that name (ignoring case and accents) in the country, or in one province of it. */
    List<City> cities(String country, String provinceCode, String name);

    /** The code of the country's province given by code ("17", "9" for "09") or name ("Pichincha"). */
    Optional<String> provinceCode(String country, String codeOrName);
}
