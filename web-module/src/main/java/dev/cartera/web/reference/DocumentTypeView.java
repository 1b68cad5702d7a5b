package dev.cartera.web.reference;

import dev.cartera.customers.DocumentType;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A document type; {@code country} is null (and present) for a document any country issues, such as a passport. */
@JsonbPropertyOrder({"code", "country", "name"})
public record DocumentTypeView(String code, @JsonbNillable String country, String name) {

    static DocumentTypeView of(DocumentType type) {
        return new DocumentTypeView(type.code(), type.countryCode(), type.name());
    }
}
