package dev.cartera.customers.export;

/** A column of a {@link CustomerExportSection}. */
public record SectionColumn(String key, String label, ExportValueType type, int width) implements TableColumn {
}
