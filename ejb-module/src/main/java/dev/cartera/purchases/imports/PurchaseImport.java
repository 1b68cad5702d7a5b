package dev.cartera.purchases.imports;

import dev.cartera.purchases.PurchaseDetails;

/** A purchases row that passed every check, its customer found: ready to upsert by its invoice number. */
public record PurchaseImport(String invoiceNumber, long customerId, PurchaseDetails details) {
}
