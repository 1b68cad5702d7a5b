package dev.cartera.customers.export;

/**
 * How an export cell is written: text is neutralised against formula injection in every format; numbers, money
 * and instants are typed cells in a spreadsheet and are never cut in the text listing.
 */
public enum ExportValueType {
    /** A {@link String}. */
    TEXT,
    /** A whole number such as an id ({@link Long}). */
    NUMBER,
    /** An amount with cents ({@link java.math.BigDecimal}); the column's label names the currency. */
    MONEY,
    /** A moment ({@link java.time.Instant}), shown in UTC; the column's label says so. */
    INSTANT
}
