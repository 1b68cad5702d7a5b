package dev.cartera.purchases;

import dev.cartera.shared.Money;
import java.time.Instant;

/** What a purchase says besides its customer and invoice number, which never change. Amounts are COP (the rules make no other). */
public record PurchaseDetails(Instant purchasedAt, Money amount, PurchaseChannel channel, String store,
        PurchaseStatus status) {
}
