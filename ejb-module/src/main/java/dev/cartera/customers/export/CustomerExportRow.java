package dev.cartera.customers.export;

import java.time.Instant;

/**
 * One customer as the export sees it: flat, already resolved (codes and names rather than entities), so the
 * writers stay plain Java and the query decides what is read. Optional fields may be {@code null}: a person
 * has no legal name, a company no first name.
 */
public record CustomerExportRow(
        long id,
        String documentType,
        String documentNumber,
        String kind,
        String firstName,
        String lastName,
        String legalName,
        String tradeName,
        String email,
        String phone,
        String address,
        String city,
        String province,
        String country,
        Instant createdAt,
        Instant updatedAt) {
}
