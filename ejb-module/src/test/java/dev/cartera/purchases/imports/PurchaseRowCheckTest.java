package dev.cartera.purchases.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ImportRows;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.RowIssue;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The purchases rows, without a database: the customer's existence is the dataset's, a chunk at a time. */
class PurchaseRowCheckTest {

    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final List<String> SPANISH = List.of("Tipo de documento", "Número de documento", "Factura",
            "Fecha de compra", "Monto", "Canal", "Tienda", "Estado");

    @Test
    void aSpanishRowWithNamesForChannelAndStatus() {
        PurchaseRowCheck.Parsed parsed = accepted(row(SPANISH, "cédula", "1710034065", "001-002-000012345",
                "31/10/2026 23:59:59", "1.500.000,50", "Tienda", "Quito - Quicentro", "Completada"), "001-002-000012345");

        assertEquals(new CustomerDocument("CI", "1710034065"), parsed.customer());
        assertEquals("documentNumber", parsed.documentColumn());
        assertEquals(new PurchaseDetails(Instant.parse("2026-11-01T04:59:59Z"), Money.cop(new BigDecimal("1500000.50")),
                PurchaseChannel.STORE, "Quito - Quicentro", PurchaseStatus.COMPLETED), parsed.details());
    }

    @Test
    void aRucColumnEnglishHeadersAndTheDefaultStatus() {
        List<String> header = List.of("RUC", "invoice_number", "purchased_at", "amount", "channel");
        PurchaseRowCheck.Parsed parsed = accepted(row(header, "1790011674001", "fe-9", "2026-10-05T14:30:00-05:00",
                "89900", "online"), "FE-9");

        assertEquals(new CustomerDocument("RUC", "1790011674001"), parsed.customer());
        assertEquals(new PurchaseDetails(Instant.parse("2026-10-05T19:30:00Z"), Money.cop(new BigDecimal("89900.00")),
                PurchaseChannel.ONLINE, null, PurchaseStatus.COMPLETED), parsed.details(), "no status: COMPLETED");
    }

    @Test
    void datesWithoutAZoneAreCompanyTime() {
        assertEquals(Instant.parse("2026-10-01T05:00:00Z"), PurchaseRowCheck.parseInstant("2026-10-01", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-01T05:00:00Z"), PurchaseRowCheck.parseInstant("1/10/2026", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-31T20:30:00Z"), PurchaseRowCheck.parseInstant("2026-10-31 15:30", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-31T20:30:15Z"), PurchaseRowCheck.parseInstant("2026-10-31T15:30:15", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-31T20:30:00Z"), PurchaseRowCheck.parseInstant("31/10/2026 15:30", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-31T15:30:00Z"), PurchaseRowCheck.parseInstant("2026-10-31T15:30:00Z", GUAYAQUIL));
        assertEquals(Instant.parse("2026-10-31T05:00:00Z"), PurchaseRowCheck.parseInstant("31-10-2026", GUAYAQUIL));
        for (String bad : List.of("10/31/2026", "30/02/2026", "2026-02-30", "ayer", "2026-10-31T25:00", "2026-10-31 25:00",
                "2026-10-31 15:30:00-05:00")) {
            assertThrows(DateTimeException.class, () -> PurchaseRowCheck.parseInstant(bad, GUAYAQUIL), bad);
        }
    }

    @Test
    void everyProblemWithItsColumnAndCode() {
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-13-01", "10", "STORE", "", ""), "Fecha de compra WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-12-01", "10", "STORE", "", ""), "Fecha de compra OUT_OF_RANGE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "1.000,000.5", "STORE", "", ""), "Monto WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "mucho", "STORE", "", ""), "Monto WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "0", "STORE", "", ""), "Monto OUT_OF_RANGE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "-5", "STORE", "", ""), "Monto OUT_OF_RANGE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "10.0001", "STORE", "", ""), "Monto OUT_OF_RANGE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "10", "fax", "", ""), "Canal WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034065", "F-1", "2026-10-01", "10", "STORE", "", "pagada?"), "Estado WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034065", "F=1", "2026-10-01", "10", "STORE", "", ""), "Factura WRONG_TYPE");
        rejected(row(SPANISH, "CI", "1710034064", "F-1", "2026-10-01", "10", "STORE", "", ""),
                "Número de documento INVALID_DOCUMENT");
        rejected(row(SPANISH, "RUC", "1710034065", "F-1", "2026-10-01", "10", "STORE", "", ""),
                "Número de documento DOCUMENT_TYPE_MISMATCH");
        rejected(row(SPANISH, "DNI", "1710034065", "F-1", "2026-10-01", "10", "STORE", "", ""), "Tipo de documento WRONG_TYPE");
    }

    @Test
    void aProblemTheReaderFoundIsNotReportedTwice() {
        ImportRow row = row(SPANISH, "CI", "1710034065", "", "2026-10-01", "10", "STORE", "", "");
        row.reject(PurchaseColumns.INVOICE_NUMBER, dev.cartera.imports.ValidationCode.EMPTY_VALUE, null,
                dev.cartera.shared.i18n.Message.of("import.problem.required", "Factura"));

        PurchaseRowCheck.check(row, GUAYAQUIL, NOW);

        assertEquals(List.of("Factura EMPTY_VALUE"), issues(row));
    }

    private static ImportRow row(List<String> header, String... values) {
        return ImportRows.row(header, PurchaseColumns.ALL, values);
    }

    private static PurchaseRowCheck.Parsed accepted(ImportRow row, String key) {
        RowCheck<PurchaseRowCheck.Parsed> check = PurchaseRowCheck.check(row, GUAYAQUIL, NOW);
        assertEquals(List.of(), row.issues());
        RowCheck.Accepted<?> accepted = assertInstanceOf(RowCheck.Accepted.class, check);
        assertEquals(key, accepted.key());
        return (PurchaseRowCheck.Parsed) accepted.value();
    }

    private static void rejected(ImportRow row, String expected) {
        assertInstanceOf(RowCheck.Rejected.class, PurchaseRowCheck.check(row, GUAYAQUIL, NOW));
        assertEquals(List.of(expected), issues(row));
    }

    private static List<String> issues(ImportRow row) {
        return row.issues().stream().map(RowIssue::toString)
                .map(text -> text.replaceAll("RowIssue\\[column=([^,]*), code=(\\w+),.*", "$1 $2")).toList();
    }
}
