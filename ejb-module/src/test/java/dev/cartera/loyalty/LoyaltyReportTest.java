package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report's states: a file only becomes the report's on completion; a failure never hides a good file. */
class LoyaltyReportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T06:00:00Z");
    private static final LoyaltyThreshold THRESHOLD = new LoyaltyThreshold(new BigDecimal("5000000"));

    @Test
    void aClaimIsGeneratingWithoutAFileUntilItCompletes() {
        LoyaltyReport report = new LoyaltyReport("2026-10", "g1", THRESHOLD, "system", T0);
        assertEquals(LoyaltyReportStatus.GENERATING, report.status());
        assertNull(report.storageKey());
        assertTrue(report.runs("g1"));
        assertFalse(report.mayStart(false, T0.minusSeconds(60)), "a fresh generation runs");
        assertTrue(report.mayStart(false, T0.plusSeconds(1)), "a generation that outlived the timeout may be taken over");

        assertNull(report.complete(file("k1", T0.plusSeconds(30))));
        assertEquals(LoyaltyReportStatus.READY, report.status());
        assertEquals("k1", report.storageKey());
        assertEquals(3, report.rowCount());
        assertEquals("system", report.generatedBy());
        assertEquals(T0.plusSeconds(30), report.generatedAt());
        assertFalse(report.runs("g1"));
        assertFalse(report.regenerating());
    }

    @Test
    void aReadyReportIsOnlyGeneratedAgainOnPurposeAndServesItsFileMeanwhile() {
        LoyaltyReport report = ready();
        assertFalse(report.mayStart(false, T0.plusSeconds(3600)));
        assertTrue(report.mayStart(true, T0));

        report.start("g2", new LoyaltyThreshold(new BigDecimal("6000000")), "admin", T0.plusSeconds(60));
        assertEquals(LoyaltyReportStatus.READY, report.status());
        assertTrue(report.regenerating());
        assertEquals("k1", report.storageKey(), "the previous file is still the report's");
        assertEquals(new BigDecimal("5000000"), report.threshold(), "and so is its threshold");
        assertFalse(report.mayStart(true, T0), "one regeneration at a time");

        assertEquals("k1", report.complete(new GeneratedFile("k2", 20, "b".repeat(64), 1, new BigDecimal("6000000.01"),
                new LoyaltyThreshold(new BigDecimal("6000000")), T0.plusSeconds(90))), "the file to delete after commit");
        assertEquals("k2", report.storageKey());
        assertEquals(new BigDecimal("6000000"), report.threshold());
        assertEquals("admin", report.generatedBy());
        assertFalse(report.regenerating());
    }

    @Test
    void aFailedFirstGenerationIsFailedAndMayBeRetried() {
        LoyaltyReport report = new LoyaltyReport("2026-10", "g1", THRESHOLD, "ana", T0);
        report.fail("java.sql.SQLTimeoutException: " + "x".repeat(2000));
        assertEquals(LoyaltyReportStatus.FAILED, report.status());
        assertEquals(1000, report.failure().length());
        assertTrue(report.mayStart(false, T0), "asking again retries");

        report.start("g2", THRESHOLD, "luis", T0.plusSeconds(5));
        assertEquals(LoyaltyReportStatus.GENERATING, report.status());
        report.complete(file("k1", T0.plusSeconds(9)));
        assertNull(report.failure());
        assertEquals("luis", report.generatedBy());
        assertEquals("ana", report.createdBy());
    }

    @Test
    void aFailedRegenerationKeepsTheGoodFile() {
        LoyaltyReport report = ready();
        report.start("g2", THRESHOLD, "admin", T0.plusSeconds(60));
        report.fail("disk full");
        assertEquals(LoyaltyReportStatus.READY, report.status());
        assertEquals("k1", report.storageKey());
        assertEquals("disk full", report.failure());
        assertFalse(report.regenerating());
    }

    private static LoyaltyReport ready() {
        LoyaltyReport report = new LoyaltyReport("2026-10", "g1", THRESHOLD, "system", T0);
        report.complete(file("k1", T0.plusSeconds(30)));
        return report;
    }

    private static GeneratedFile file(String key, Instant at) {
        return new GeneratedFile(key, 10, "a".repeat(64), 3, new BigDecimal("16000000.00"), THRESHOLD, at);
    }
}
