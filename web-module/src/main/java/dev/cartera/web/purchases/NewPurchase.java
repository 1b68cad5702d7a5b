package dev.cartera.web.purchases;

import dev.cartera.customers.CustomerRef;
import dev.cartera.purchases.PurchaseInput;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase to record: the customer by {@code customerId}, or by {@code customerDocumentType} and
 * {@code customerDocumentNumber} (any usual spelling); the service checks the rest and names every field to fix.
 */
public record NewPurchase(Long customerId, String customerDocumentType, String customerDocumentNumber,
                          String invoiceNumber, Instant purchasedAt, BigDecimal amount, String channel, String store,
                          String status) {

    CustomerRef customer() {
        return new CustomerRef(customerId, customerDocumentType, customerDocumentNumber);
    }

    PurchaseInput input() {
        return new PurchaseInput(invoiceNumber, purchasedAt, amount, channel, store, status);
    }
}
