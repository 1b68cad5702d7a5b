package dev.cartera.web.purchases;

import dev.cartera.purchases.Purchase;
import java.math.BigDecimal;
import java.time.Instant;

/** A purchase as the API shows it; {@code currency} (always COP today) says what the amount counts in. */
public record PurchaseView(long id, long customerId, String invoiceNumber, Instant purchasedAt, BigDecimal amount,
                           String currency, String channel, String store, String status, Instant createdAt,
                           Instant updatedAt, long version) {

    public static PurchaseView of(Purchase purchase) {
        return new PurchaseView(purchase.id(), purchase.customerId(), purchase.invoiceNumber(), purchase.purchasedAt(),
                purchase.amount(), purchase.currency(), purchase.channel().name(), purchase.store(), purchase.status().name(),
                purchase.createdAt(), purchase.updatedAt(), purchase.version());
    }
}
