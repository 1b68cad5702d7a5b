package dev.cartera.web.purchases;

import dev.cartera.purchases.Purchase;
import java.math.BigDecimal;
import java.time.Instant;

/** A purchase as the API shows it; {@code currency} (always COP today) says what the amount counts in. */
public record PurchaseView(long id, long customerId, String invoiceNumber, Instant purchasedAt, BigDecimal amount,
                           String currency, String channel, String store, String status, Instant createdAt,
                           Instant updatedAt, long version) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "id": 80,
              "customerId": 41,
              "invoiceNumber": "F-2026-000123",
              "purchasedAt": "2026-11-20T15:30:00Z",
              "amount": 1250000.50,
              "currency": "COP",
              "channel": "STORE",
              "store": "Bogotá Andino",
              "status": "COMPLETED",
              "createdAt": "2026-12-05T03:12:03.944299Z",
              "updatedAt": "2026-12-05T03:12:03.944299Z",
              "version": 1
            }""";


    public static PurchaseView of(Purchase purchase) {
        return new PurchaseView(purchase.id(), purchase.customerId(), purchase.invoiceNumber(), purchase.purchasedAt(),
                purchase.amount(), purchase.currency(), purchase.channel().name(), purchase.store(), purchase.status().name(),
                purchase.createdAt(), purchase.updatedAt(), purchase.version());
    }
}
