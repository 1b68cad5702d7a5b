package dev.cartera.loyalty;

import java.math.BigDecimal;
import java.time.Instant;

/** A report file written to the blob store: where, how big, its checksum, and what it says. */
public record GeneratedFile(String storageKey, long size, String sha256, int rows, BigDecimal total,
                            LoyaltyThreshold threshold, Instant generatedAt) {
}
