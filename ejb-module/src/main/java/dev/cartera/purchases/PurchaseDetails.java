package dev.cartera.purchases;

import java.math.BigDecimal;
import java.time.Instant;

/** What a purchase says besides its customer and invoice number, which never change. Amounts are COP. */
public record PurchaseDetails(Instant purchasedAt, BigDecimal amount, PurchaseChannel channel, String store,
        PurchaseStatus status) {
}
