package dev.cartera.customers.export;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of every export format, in order. One list so CSV, XLSX and TXT can never disagree on what is
 * exported; each format chooses between the stable {@link #key} (machine-read CSV, must never change) and
 * the human {@link #label}.
 */
enum ExportColumn {
    ID("id", "ID", ValueType.NUMBER, 10, CustomerExportRow::id),
    DOCUMENT_TYPE("documentType", "Document type", ValueType.TEXT, 13, CustomerExportRow::documentType),
    DOCUMENT_NUMBER("documentNumber", "Document number", ValueType.TEXT, 16, CustomerExportRow::documentNumber),
    KIND("kind", "Kind", ValueType.TEXT, 8, CustomerExportRow::kind),
    FIRST_NAME("firstName", "First name", ValueType.TEXT, 20, CustomerExportRow::firstName),
    LAST_NAME("lastName", "Last name", ValueType.TEXT, 20, CustomerExportRow::lastName),
    LEGAL_NAME("legalName", "Legal name", ValueType.TEXT, 32, CustomerExportRow::legalName),
    TRADE_NAME("tradeName", "Trade name", ValueType.TEXT, 28, CustomerExportRow::tradeName),
    EMAIL("email", "Email", ValueType.TEXT, 30, CustomerExportRow::email),
    PHONE("phone", "Phone", ValueType.TEXT, 16, CustomerExportRow::phone),
    ADDRESS("address", "Address", ValueType.TEXT, 36, CustomerExportRow::address),
    CITY("city", "City", ValueType.TEXT, 18, CustomerExportRow::city),
    PROVINCE("province", "Province", ValueType.TEXT, 18, CustomerExportRow::province),
    COUNTRY("country", "Country", ValueType.TEXT, 7, CustomerExportRow::country),
    // Excel has no time zone: the label says which one the values are in
    CREATED_AT("createdAt", "Created (UTC)", ValueType.INSTANT, 19, CustomerExportRow::createdAt),
    UPDATED_AT("updatedAt", "Updated (UTC)", ValueType.INSTANT, 19, CustomerExportRow::updatedAt);

    enum ValueType { TEXT, NUMBER, INSTANT }

    /** Every column in file order; a shared list rather than a fresh {@code values()} array per row. */
    static final List<ExportColumn> ALL = List.of(values());

    private final String key;
    private final String label;
    private final ValueType type;
    private final int width;
    private final Function<CustomerExportRow, Object> value;

    ExportColumn(String key, String label, ValueType type, int width, Function<CustomerExportRow, Object> value) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.width = width;
        this.value = value;
    }

    /** The stable English name, used where a program reads the file (the CSV header). */
    String key() {
        return key;
    }

    /** The name a person reads (spreadsheet and listing headers). */
    String label() {
        return label;
    }

    ValueType type() {
        return type;
    }

    /** Display width in characters: the spreadsheet column width and the fixed width of the text listing. */
    int width() {
        return width;
    }

    /** The raw value: a {@link String}, a {@link Long} or an {@link Instant}, or {@code null}. */
    Object valueOf(CustomerExportRow row) {
        return value.apply(row);
    }

    /** A text value made safe for spreadsheets; only for {@link ValueType#TEXT} columns. */
    String safeTextOf(CustomerExportRow row) {
        return SpreadsheetInjection.neutralise((String) valueOf(row));
    }

    static String[] keys() {
        return ALL.stream().map(ExportColumn::key).toArray(String[]::new);
    }
}
