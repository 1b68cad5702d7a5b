package dev.cartera.web.purchases;

import dev.cartera.purchases.Purchase;
import java.math.BigDecimal;
import java.time.Instant;

/** A purchase as the API shows it; amounts are always COP, which {@code currency} says for clients that show money. */
public record PurchaseView(long id, long customerId, String invoiceNumber, Instant purchasedAt, BigDecimal amount,
                           String currency, String channel, String store, String status, Instant createdAt,
                           Instant updatedAt, long version) {

    static PurchaseView of(Purchase purchase) {
        return new PurchaseView(purchase.id(), purchase.customerId(), purchase.invoiceNumber(), purchase.purchasedAt(),
                purchase.amount(), "COP", purchase.channel().name(), purchase.store(), purchase.status().name(),
                purchase.createdAt(), purchase.updatedAt(), purchase.version());
    }
}
