package dev.cartera.purchases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase as a client sent it, unchecked; {@link PurchaseRules#check} checks it. The invoice number is read
 * on creation only: it never changes, nor does the customer.
 */
public record PurchaseInput(String invoiceNumber, Instant purchasedAt, BigDecimal amount, String channel,
                            String store, String status) {
}
