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

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "customerDocumentType": "CC",
              "customerDocumentNumber": "1020304050",
              "invoiceNumber": "F-2026-000123",
              "purchasedAt": "2026-11-20T15:30:00Z",
              "amount": 1250000.50,
              "channel": "STORE",
              "store": "Bogotá Andino",
              "status": "COMPLETED"
            }""";

    CustomerRef customer() {
        return new CustomerRef(customerId, customerDocumentType, customerDocumentNumber);
    }

    PurchaseInput input() {
        return new PurchaseInput(invoiceNumber, purchasedAt, amount, channel, store, status);
    }
}
