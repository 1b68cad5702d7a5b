package dev.cartera.web.reference;

import dev.cartera.reference.City;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A city (an Ecuadorian canton, a Colombian department's capital), with its province's code and its country. */
@JsonbPropertyOrder({"id", "name", "provinceCode", "country"})
public record CityView(long id, String name, String provinceCode, String country) {

    static CityView of(City city) {
        return new CityView(city.id(), city.name(), city.province().code(), city.province().country().code());
    }
}
