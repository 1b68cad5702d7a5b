package dev.cartera.web.customers;

import dev.cartera.customers.CustomerDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer to register. Which names are required depends on the document (a person's or a company's);
 * the service checks that, the phone, the e-mail and the city, and names every field to fix.
 */
public record NewCustomer(
        @NotBlank @Size(max = 16) String documentType,
        @NotBlank @Size(max = 64) String documentNumber,
        String firstName, String lastName, String legalName, String tradeName,
        String email, String phone, String address, Long cityId,
        @Size(min = 2, max = 2, message = "{cartera.country}") String country) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "documentType": "CC",
              "documentNumber": "1020304050",
              "firstName": "Ana María",
              "lastName": "Rojas",
              "email": "ana.rojas@example.com",
              "phone": "601 555 0100",
              "address": "Calle 72 # 10-34",
              "country": "CO"
            }""";

    CustomerDetails details() {
        return new CustomerDetails(firstName, lastName, legalName, tradeName, email, phone, address, cityId, country);
    }
}
