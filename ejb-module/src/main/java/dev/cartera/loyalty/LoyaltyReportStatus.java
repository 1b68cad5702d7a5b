package dev.cartera.loyalty;

/**
 * GENERATING: the month's first file is being written. READY: a complete file is in the blob store (a
 * regeneration may be running meanwhile; the previous file is served until the new one replaces it). FAILED: no
 * file, the last attempt failed; asking again retries.
 */
public enum LoyaltyReportStatus {
    GENERATING, READY, FAILED
}
