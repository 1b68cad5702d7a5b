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

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "period": "2026-10",
              "status": "READY",
              "regenerating": false,
              "rowCount": 37,
              "total": 412500000.00,
              "currency": "COP",
              "threshold": 5000000.00,
              "sizeBytes": 9182,
              "sha256": "99403e46aadfafb3b59e798f59b4a12c60c30f9d01693e099ba3af4e725cf065",
              "storageKey": "reports/loyalty/2026/10/eefcd403-2373-422f-9fe2-7a1567342bf3.xlsx",
              "file": "/api/reports/loyalty/2026-10.xlsx",
              "createdAt": "2026-11-01T06:00:00.412Z",
              "createdBy": "system",
              "generatedAt": "2026-11-01T06:00:01.020Z",
              "generatedBy": "system"
            }""";


    static LoyaltyReportView of(LoyaltyReport report) {
        return new LoyaltyReportView(report.period(), report.status().name(), report.regenerating(),
                report.rowCount(), report.total(), "COP", report.threshold(), report.sizeBytes(), report.sha256(),
                report.storageKey(), report.storageKey() == null ? null : "/api/reports/loyalty/" + report.period() + ".xlsx",
                report.failure(), report.createdAt(), report.createdBy(), report.generatedAt(), report.generatedBy(),
                report.generationStartedAt(), report.generationStartedBy());
    }
}
