package dev.cartera.web.customers;

import dev.cartera.customers.CustomerExports;
import dev.cartera.customers.export.CustomerExportRow;
import dev.cartera.customers.export.CustomerExportWriter;
import dev.cartera.customers.export.ExportFormat;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.web.problems.InvalidParameterException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The customer export files, written the same way for the API (GET /api/customers/.../export) and the console's
 * Exportar buttons, so both hand out the same bytes under the same names.
 */
final class CustomerFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CustomerFiles() {
    }

    /** @throws InvalidParameterException naming the formats there are */
    static ExportFormat format(String format) {
        return ExportFormat.parse(format).orElseThrow(() -> InvalidParameterException.of("format", "param.oneOf",
                Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    static String oneName(long id, CustomerExportRow row, ExportFormat format) {
        return "customer-" + id + "-" + row.documentType() + "-" + row.documentNumber() + "." + format.extension();
    }

    static String listName(Instant now, ExportFormat format) {
        return "customers-" + STAMP.format(now) + "." + format.extension();
    }

    static void writeOne(CustomerExports exports, CustomerExportRow row, ExportFormat format, OutputStream out)
            throws IOException {
        try (CustomerExportWriter writer = format.writerFor(out)) {
            exports.writeOne(row, writer);
            writer.finish();
        }
    }

    static void writeAll(CustomerExports exports, List<FilterCondition> filters, ExportFormat format, OutputStream out)
            throws IOException {
        try (CustomerExportWriter writer = format.writerFor(out)) {
            exports.forEachPage(filters, writer::writeAll);
            writer.finish();
        }
    }
}
