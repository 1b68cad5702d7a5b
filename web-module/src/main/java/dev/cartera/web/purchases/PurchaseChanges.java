package dev.cartera.web.purchases;

import dev.cartera.purchases.PurchaseInput;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A full replacement of what a purchase says; its customer and invoice number never change (a refund changes the
 * status). {@code version}, when sent, must be the one last read.
 */
public record PurchaseChanges(Instant purchasedAt, BigDecimal amount, String channel, String store, String status,
                              Long version) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "purchasedAt": "2026-11-20T15:30:00Z",
              "amount": 1250000.50,
              "channel": "STORE",
              "store": "Bogotá Andino",
              "status": "REFUNDED"
            }""";

    PurchaseInput input() {
        return new PurchaseInput(null, purchasedAt, amount, channel, store, status);
    }
}
