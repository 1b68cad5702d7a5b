package dev.cartera.customers.export;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of every export format, in order. One list so CSV, XLSX and TXT can never disagree on what is
 * exported; each format chooses between the stable {@link #key} (machine-read CSV, must never change) and
 * the human {@link #label}.
 */
enum ExportColumn implements TableColumn {
    ID("id", "ID", ExportValueType.NUMBER, 10, CustomerExportRow::id),
    DOCUMENT_TYPE("documentType", "Document type", ExportValueType.TEXT, 13, CustomerExportRow::documentType),
    DOCUMENT_NUMBER("documentNumber", "Document number", ExportValueType.TEXT, 16, CustomerExportRow::documentNumber),
    KIND("kind", "Kind", ExportValueType.TEXT, 8, CustomerExportRow::kind),
    FIRST_NAME("firstName", "First name", ExportValueType.TEXT, 20, CustomerExportRow::firstName),
    LAST_NAME("lastName", "Last name", ExportValueType.TEXT, 20, CustomerExportRow::lastName),
    LEGAL_NAME("legalName", "Legal name", ExportValueType.TEXT, 32, CustomerExportRow::legalName),
    TRADE_NAME("tradeName", "Trade name", ExportValueType.TEXT, 28, CustomerExportRow::tradeName),
    EMAIL("email", "Email", ExportValueType.TEXT, 30, CustomerExportRow::email),
    PHONE("phone", "Phone", ExportValueType.TEXT, 16, CustomerExportRow::phone),
    ADDRESS("address", "Address", ExportValueType.TEXT, 36, CustomerExportRow::address),
    CITY("city", "City", ExportValueType.TEXT, 18, CustomerExportRow::city),
    PROVINCE("province", "Province", ExportValueType.TEXT, 18, CustomerExportRow::province),
    COUNTRY("country", "Country", ExportValueType.TEXT, 7, CustomerExportRow::country),
    // Excel has no time zone: the label says which one the values are in
    CREATED_AT("createdAt", "Created (UTC)", ExportValueType.INSTANT, 19, CustomerExportRow::createdAt),
    UPDATED_AT("updatedAt", "Updated (UTC)", ExportValueType.INSTANT, 19, CustomerExportRow::updatedAt);

    enum ValueType { TEXT, NUMBER, INSTANT }

    /** Every column in file order; a shared list rather than a fresh {@code values()} array per row. */
    static final List<ExportColumn> ALL = List.of(values());

    private final String key;
    private final String label;
    private final ExportValueType type;
    private final int width;
    private final Function<CustomerExportRow, Object> value;

    ExportColumn(String key, String label, ExportValueType type, int width, Function<CustomerExportRow, Object> value) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.width = width;
        this.value = value;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ExportValueType type() {
        return type;
    }

    @Override
    public int width() {
        return width;
    }

    /** The raw value: a {@link String}, a {@link Long} or an {@link Instant}, or {@code null}. */
    Object valueOf(CustomerExportRow row) {
        return value.apply(row);
    }

    /** Puts the row's values into {@code values}, in column order: one array per writer, not one per row. */
    static void fill(CustomerExportRow row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = ALL.get(i).valueOf(row);
        }
    }
}
