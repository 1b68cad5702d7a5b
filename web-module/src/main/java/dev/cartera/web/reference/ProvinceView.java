package dev.cartera.web.reference;

import dev.cartera.reference.Province;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A province (a department in Colombia) with its official 2-digit code. */
@JsonbPropertyOrder({"id", "country", "code", "name"})
public record ProvinceView(long id, String country, String code, String name) {

    static ProvinceView of(Province province) {
        return new ProvinceView(province.id(), province.country().code(), province.code(), province.name());
    }
}
