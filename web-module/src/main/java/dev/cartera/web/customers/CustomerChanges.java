package dev.cartera.web.customers;

import dev.cartera.customers.CustomerDetails;
import jakarta.validation.constraints.Size;

/**
 * A full replacement of a customer's details. The document cannot change: sending a different one is a 400.
 * {@code version}, when sent, must be the one last read (or use If-Match).
 */
public record CustomerChanges(
        String documentType, String documentNumber,
        String firstName, String lastName, String legalName, String tradeName,
        String email, String phone, String address, Long cityId,
        @Size(min = 2, max = 2, message = "{cartera.country}") String country,
        Long version) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "documentType": "CC",
              "documentNumber": "1020304050",
              "firstName": "Ana María",
              "lastName": "Rojas Pérez",
              "email": "ana.rojas@example.com",
              "phone": "601 555 0199",
              "address": "Carrera 7 # 71-21",
              "country": "CO"
            }""";

    CustomerDetails details() {
        return new CustomerDetails(firstName, lastName, legalName, tradeName, email, phone, address, cityId, country);
    }
}
