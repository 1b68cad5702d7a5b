package dev.cartera.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The file formats of the customer export, as named by the {@code format} query parameter. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TXT("text/plain; charset=UTF-8", "txt");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the {@code Content-Type} of the file */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file name extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * Starts an export to {@code out}. Text formats write their header at once; the stream is flushed by
     * {@link CustomerExportWriter#finish()} and never closed.
     */
    public CustomerExportWriter writerFor(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        return switch (this) {
            case CSV -> new CsvCustomerExportWriter(out);
            case XLSX -> new XlsxCustomerExportWriter(out);
            case TXT -> new TextCustomerExportWriter(out);
        };
    }

    /** Reads a format name as a client sends it: any letter case, surrounding blanks ignored. */
    public static Optional<ExportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.name().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
