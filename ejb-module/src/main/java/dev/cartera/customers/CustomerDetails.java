package dev.cartera.customers;

/**
 * What a client sends about a customer besides the document: names, contact, address. {@code country} is only
 * needed when neither the document nor the city tells it (a passport holder without a city).
 */
public record CustomerDetails(String firstName, String lastName, String legalName, String tradeName,
                              String email, String phone, String address, Long cityId, String country) {
}
