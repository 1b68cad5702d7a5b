package dev.cartera.customers;

/**
 * How another context's request names its customer: an id, or a document type and number in any usual spelling.
 * {@link CustomerService#find(CustomerRef)} resolves it and names the fields to fix as {@code customerId},
 * {@code customerDocumentType} and {@code customerDocumentNumber}.
 */
public record CustomerRef(Long customerId, String documentType, String documentNumber) {
}
