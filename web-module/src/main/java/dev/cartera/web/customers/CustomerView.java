package dev.cartera.web.customers;

import dev.cartera.customers.Customer;
import dev.cartera.reference.PlaceNameIndex;
import java.time.Instant;
import java.util.List;

/** A customer as the API shows it, with its city, province and country spelled out. */
public record CustomerView(long id, String documentType, String documentNumber, String kind, String displayName,
                           String firstName, String lastName, String legalName, String tradeName,
                           String email, String phone, String address,
                           Long cityId, String city, ProvinceRef province, String country,
                           String documentProvinceCode, Instant createdAt, Instant updatedAt, long version,
                           List<String> warnings) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "id": 41,
              "documentType": "CC",
              "documentNumber": "1020304050",
              "kind": "PERSON",
              "displayName": "Ana María Rojas",
              "firstName": "Ana María",
              "lastName": "Rojas",
              "email": "ana.rojas@example.com",
              "phone": "+576015550100",
              "address": "Calle 72 # 10-34",
              "country": "CO",
              "createdAt": "2026-12-05T03:12:01.961879Z",
              "updatedAt": "2026-12-05T03:12:01.961879Z",
              "version": 1
            }""";


    /** The province the customer's city is in. */
    public record ProvinceRef(long id, String code, String name) {
    }

    /** The city and province named from the reference data in memory: listing 20 customers loads none of them. */
    static CustomerView of(Customer customer, PlaceNameIndex places) {
        return of(customer, places, null);
    }

    static CustomerView of(Customer customer, PlaceNameIndex places, List<String> warnings) {
        PlaceNameIndex.CityLabel city = places.label(customer.cityId());
        return new CustomerView(customer.id(), customer.documentTypeCode(), customer.documentNumber(),
                customer.kind().name(), customer.displayName(), customer.firstName(), customer.lastName(),
                customer.legalName(), customer.tradeName(), customer.email(), customer.phone(), customer.address(),
                customer.cityId(), city == null ? null : city.city(),
                city == null ? null : new ProvinceRef(city.provinceId(), city.provinceCode(), city.province()),
                customer.country(), customer.documentProvinceCode(), customer.createdAt(), customer.updatedAt(),
                customer.version(), warnings == null || warnings.isEmpty() ? null : warnings);
    }
}
