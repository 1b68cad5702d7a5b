package dev.cartera.purchases.imports;

import dev.cartera.shared.i18n.Message;
import static dev.cartera.purchases.imports.PurchaseColumns.AMOUNT;
import static dev.cartera.purchases.imports.PurchaseColumns.CHANNEL;
import static dev.cartera.purchases.imports.PurchaseColumns.INVOICE_NUMBER;
import static dev.cartera.purchases.imports.PurchaseColumns.PURCHASED_AT;
import static dev.cartera.purchases.imports.PurchaseColumns.STATUS;
import static dev.cartera.purchases.imports.PurchaseColumns.STORE;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.CsvValues;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.ValidationCode;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseRules;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.Money;
import dev.cartera.shared.TextFolding;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rules of one purchases row, each problem with its code: {@link PurchaseRules} for the values, and what a
 * file adds (amounts and dates as the region writes them, Spanish and Portuguese names for channels and statuses). Plain Java: whether the
 * customer exists is for the dataset to find out, for a whole chunk at once.
 */
final class PurchaseRowCheck {

    /** Spanish and Portuguese names of the channels and statuses, folded (no accents, lower case). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("tienda", "STORE"), Map.entry("presencial", "STORE"), Map.entry("loja", "STORE"),
            Map.entry("local", "STORE"), Map.entry("en linea", "ONLINE"), Map.entry("web", "ONLINE"),
            Map.entry("internet", "ONLINE"), Map.entry("virtual", "ONLINE"), Map.entry("telefono", "PHONE"),
            Map.entry("telefonico", "PHONE"), Map.entry("telefone", "PHONE"), Map.entry("call center", "PHONE"),
            Map.entry("completada", "COMPLETED"), Map.entry("completado", "COMPLETED"), Map.entry("pagada", "COMPLETED"),
            Map.entry("pagado", "COMPLETED"), Map.entry("concluida", "COMPLETED"), Map.entry("reembolsada", "REFUNDED"),
            Map.entry("reembolsado", "REFUNDED"), Map.entry("devuelta", "REFUNDED"), Map.entry("devolvida", "REFUNDED"),
            Map.entry("estornada", "REFUNDED"), Map.entry("cancelada", "CANCELLED"), Map.entry("cancelado", "CANCELLED"),
            Map.entry("anulada", "CANCELLED"), Map.entry("anulado", "CANCELLED"), Map.entry("canceled", "CANCELLED"));

    /** The time after a date, when there is one. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ImportRow row;

    private PurchaseRowCheck(ImportRow row) {
        this.row = row;
    }

    /** A row that passed every rule but the one only the database can tell: that its customer exists. */
    record Parsed(CustomerDocument customer, String documentColumn, String invoiceNumber, PurchaseDetails details) {
    }

    /**
     * @param zone the company's zone: a date or time without a zone is read there
     * @param now  the server's clock, for the future-date rule
     */
    static RowCheck<Parsed> check(ImportRow row, ZoneId zone, Instant now) {
        return new PurchaseRowCheck(row).check(zone, now);
    }

    private RowCheck<Parsed> check(ZoneId zone, Instant now) {
        DocumentColumns.Read customer = DocumentColumns.read(row);
        String invoiceNumber = unflagged(INVOICE_NUMBER) == null ? null
                : PurchaseRules.invoiceNumber(row.value(INVOICE_NUMBER), problems(INVOICE_NUMBER));
        Instant purchasedAt = purchasedAt(zone, now);
        Money amount = amount();
        String channelText = unflagged(CHANNEL);
        PurchaseChannel channel = channelText == null ? null
                : PurchaseRules.channel(named(channelText), problems(CHANNEL));
        String store = unflagged(STORE) == null ? null : PurchaseRules.store(row.value(STORE), problems(STORE));
        PurchaseStatus status = row.flagged(STATUS) ? null : row.value(STATUS) == null ? PurchaseStatus.COMPLETED
                : PurchaseRules.status(named(row.value(STATUS)), problems(STATUS));
        if (customer.valid() == null || !row.issues().isEmpty()) {
            return new RowCheck.Rejected<>(row.issues());
        }
        return new RowCheck.Accepted<>(invoiceNumber, new Parsed(CustomerDocument.of(customer.valid()),
                DocumentColumns.column(row), invoiceNumber,
                new PurchaseDetails(purchasedAt, amount, channel, store, status)));
    }

    private Instant purchasedAt(ZoneId zone, Instant now) {
        String text = unflagged(PURCHASED_AT);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = parseInstant(text, zone);
        } catch (DateTimeException e) {
            row.reject(PURCHASED_AT, ValidationCode.WRONG_TYPE, text, Message.of("import.problem.notADateTime", text,
                    String.valueOf(zone)));
            return null;
        }
        return PurchaseRules.purchasedAt(instant, now, problems(PURCHASED_AT));
    }

    /**
     * An ISO date and time with its zone or offset; else a date as every dataset reads them ({@link CsvValues#date}),
     * with an optional time, in the company's zone (a date alone is its first moment).
     */
    static Instant parseInstant(String text, ZoneId zone) {
        if (text.length() > 10 && text.charAt(10) == 'T') {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned ? zoned.toInstant() : ((LocalDateTime) parsed).atZone(zone).toInstant();
        }
        String[] parts = text.split("\\s+", 2);
        LocalDate date = CsvValues.date(parts[0]).orElseThrow(() -> new DateTimeException("not a date: " + parts[0]));
        LocalTime time = parts.length == 1 ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1], TIME);
        return date.atTime(time).atZone(zone).toInstant();
    }

    private Money amount() {
        String text = unflagged(AMOUNT);
        if (text == null) {
            return null;
        }
        Optional<BigDecimal> amount = CsvValues.amount(text);
        if (amount.isEmpty()) {
            row.reject(AMOUNT, ValidationCode.WRONG_TYPE, text, Message.of("import.problem.notAnAmount", text));
            return null;
        }
        return PurchaseRules.amount(amount.get(), problems(AMOUNT));
    }

    /** The code a Spanish or Portuguese name stands for, or the text as it is (a code, or something wrong). */
    private static String named(String text) {
        return NAMES.getOrDefault(TextFolding.fold(text), text);
    }

    /** The column's value, or null when it is empty or a problem was already found on it. */
    private String unflagged(String key) {
        return row.flagged(key) ? null : row.value(key);
    }

    /** The rules' problems with one column, as the row's issues, each with its code and a whole sentence. */
    private Consumer<PurchaseRules.Problem> problems(String key) {
        return problem -> row.reject(key, switch (problem.kind()) {
            case REQUIRED -> ValidationCode.EMPTY_VALUE;
            case TOO_LONG -> ValidationCode.VALUE_TOO_LONG;
            case MALFORMED -> ValidationCode.WRONG_TYPE;
            case OUT_OF_RANGE -> ValidationCode.OUT_OF_RANGE;
        }, row.value(key), Message.of("import.problem.field", row.header(key), problem.asFieldProblem().text()));
    }
}
