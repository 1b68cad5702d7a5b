package dev.cartera.web.loyalty;

import dev.cartera.loyalty.LoyaltyReport;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A loyalty report as the API shows it. {@code file} is the download's path once there is a file; while an admin
 * regenerates a READY report, {@code regenerating} is true and the previous file is still the one served.
 */
public record LoyaltyReportView(String period, String status, boolean regenerating, Integer rowCount,
                                BigDecimal total, String currency, BigDecimal threshold, Long sizeBytes,
                                String sha256, String storageKey, String file, String failure,
                                Instant createdAt, String createdBy, Instant generatedAt, String generatedBy,
                                Instant generationStartedAt, String generationStartedBy) {

    static LoyaltyReportView of(LoyaltyReport report) {
        return new LoyaltyReportView(report.period(), report.status().name(), report.regenerating(),
                report.rowCount(), report.total(), "COP", report.threshold(), report.sizeBytes(), report.sha256(),
                report.storageKey(), report.storageKey() == null ? null : "/api/reports/loyalty/" + report.period() + ".xlsx",
                report.failure(), report.createdAt(), report.createdBy(), report.generatedAt(), report.generatedBy(),
                report.generationStartedAt(), report.generationStartedBy());
    }
}
