package dev.cartera.customers.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Customers that exercise what an export must survive: accents, separators, quotes, line breaks, nulls, formulas. */
final class ExportSamples {

    static final Instant JOSE_CREATED = Instant.parse("2024-03-05T14:30:00Z");
    static final Instant JOSE_UPDATED = Instant.parse("2025-01-10T08:15:30Z");
    static final Instant COMPANY_CREATED = Instant.parse("2023-12-31T23:59:59Z");
    static final String JOSE_ADDRESS = "Av. Amazonas N34-451, \"Edificio Sol\"\nPiso 3";

    static final CustomerExportRow JOSE = new CustomerExportRow(1, "CI", "1710034065", "PERSON", "José", "Pérez",
            null, null, "jose.perez@example.com", "+593991234567", JOSE_ADDRESS, "Quito", "Pichincha", "EC",
            JOSE_CREATED, JOSE_UPDATED);

    static final CustomerExportRow COMPANY = new CustomerExportRow(2, "RUC", "1790012345001", "COMPANY", null,
            null, "Sol de la Mañana Cía. Ltda.", "Panadería, Pastelería", "ventas@example.ec", null, null,
            "Guayaquil", "Guayas", "EC", COMPANY_CREATED, null);

    static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";

    /** Formula triggers in several columns; each must come back behind a single quote. */
    static final CustomerExportRow ATTACK = new CustomerExportRow(3, "PASSPORT", "X1234567", "COMPANY", "+cmd",
            "-2+3", HYPERLINK, "@SUM(1)", "a@example.com", null, "\tcalc", "Cuenca", "Azuay", "EC",
            COMPANY_CREATED, COMPANY_CREATED);

    static final List<CustomerExportRow> ALL = List.of(JOSE, COMPANY, ATTACK);

    private ExportSamples() {
    }

    /** A distinct customer per number, built on demand so a test of many rows holds none of them. */
    static CustomerExportRow generated(long n) {
        Instant created = COMPANY_CREATED.plusSeconds(n);
        return new CustomerExportRow(n, "CI", String.format("17%08d", n), "PERSON", "Nombre " + n,
                "Apellido Pérez " + n, null, null, "cliente" + n + "@example.com", "+59399" + (1_000_000 + n),
                "Calle " + n + " y Av. Principal", "Quito", "Pichincha", "EC", created, created.plusSeconds(60));
    }

    static byte[] export(ExportFormat format, List<CustomerExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerExportWriter writer = format.writerFor(out)) {
            writer.writeAll(rows);
            writer.finish();
        }
        return out.toByteArray();
    }
}
