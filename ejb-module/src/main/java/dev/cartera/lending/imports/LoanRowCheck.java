package dev.cartera.lending.imports;

import dev.cartera.shared.i18n.Message;
import static dev.cartera.lending.imports.LoanColumns.ANNUAL_RATE;
import static dev.cartera.lending.imports.LoanColumns.CURRENCY;
import static dev.cartera.lending.imports.LoanColumns.PRINCIPAL;
import static dev.cartera.lending.imports.LoanColumns.PURPOSE;
import static dev.cartera.lending.imports.LoanColumns.START_DATE;
import static dev.cartera.lending.imports.LoanColumns.STATUS;
import static dev.cartera.lending.imports.LoanColumns.TERM_MONTHS;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.CsvValues;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ValidationCode;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanStatus;
import dev.cartera.lending.LoanTerms;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.TextFolding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What one loans row says, read and checked without the database: the document, the terms and the status. */
final class LoanRowCheck {

    /**
     * Status names of the field's files. "Cancelado" is left out on purpose: in Spanish-speaking banks a
     * "crédito cancelado" is one paid off, so it would be read the wrong way half the time.
     */
    private static final Map<String, LoanStatus> STATUS_NAMES = Map.ofEntries(
            Map.entry("solicitado", LoanStatus.REQUESTED), Map.entry("pendiente", LoanStatus.REQUESTED),
            Map.entry("aprobado", LoanStatus.APPROVED), Map.entry("aprovado", LoanStatus.APPROVED),
            Map.entry("activo", LoanStatus.ACTIVE), Map.entry("ativo", LoanStatus.ACTIVE),
            Map.entry("vigente", LoanStatus.ACTIVE), Map.entry("desembolsado", LoanStatus.ACTIVE),
            Map.entry("pagado", LoanStatus.PAID), Map.entry("pago", LoanStatus.PAID),
            Map.entry("liquidado", LoanStatus.PAID), Map.entry("quitado", LoanStatus.PAID),
            Map.entry("rechazado", LoanStatus.REJECTED), Map.entry("rejeitado", LoanStatus.REJECTED),
            Map.entry("negado", LoanStatus.REJECTED), Map.entry("anulado", LoanStatus.CANCELLED),
            Map.entry("en mora", LoanStatus.DEFAULTED), Map.entry("vencido", LoanStatus.DEFAULTED),
            Map.entry("castigado", LoanStatus.DEFAULTED), Map.entry("inadimplente", LoanStatus.DEFAULTED));

    /**
     * A row that reads well.
     *
     * @param status null when the file has no status for it: a new loan is then requested, an existing one keeps its
     */
    record Parsed(DocumentCheck.Valid document, LoanTerms terms, LoanStatus status, String purpose) {

        /** The natural key: a loan has no number of its own, so the customer and the terms tell it. */
        String key() {
            return String.join(" ", document.type().name(), document.number(), terms.startDate().toString(),
                    terms.currency().name(), terms.principal().amount().toPlainString(), terms.annualRate().toPlainString(),
                    Integer.toString(terms.termMonths()));
        }
    }

    private LoanRowCheck() {
    }

    /** @return the row read, or empty with its issues recorded on the row */
    static Optional<Parsed> parse(ImportRow row) {
        DocumentCheck.Valid document = DocumentColumns.read(row).valid();
        BigDecimal principal = value(row, PRINCIPAL, CsvValues::amount, Message.of("import.expected.amount"));
        LoanCurrency currency = value(row, CURRENCY, LoanRowCheck::currency, Message.of("import.expected.currency",
                Arrays.stream(LoanCurrency.values()).map(Enum::name).collect(Collectors.joining(", "))));
        BigDecimal rate = value(row, ANNUAL_RATE, CsvValues::decimal, Message.of("import.expected.rate"));
        Integer term = value(row, TERM_MONTHS, CsvValues::integer, Message.of("import.expected.months"));
        LocalDate start = value(row, START_DATE, CsvValues::date, Message.of("import.expected.date"));
        LoanStatus status = row.value(STATUS) == null ? null
                : value(row, STATUS, LoanRowCheck::status, Message.of("import.expected.status", LoanStatus.allNames()));
        if (!row.issues().isEmpty() || document == null) {
            return Optional.empty();
        }
        try {
            LoanTerms terms = LoanTerms.check(principal, currency.name(), rate, term, start);
            return Optional.of(new Parsed(document, terms, status, row.value(PURPOSE)));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> row.reject(problem.field(), ValidationCode.OUT_OF_RANGE,
                    row.value(problem.field()), Message.of("import.problem.field", row.header(problem.field()), problem.text())));
            return Optional.empty();
        }
    }

    /** The column's value read by the parser; null (with a WRONG_TYPE issue) when it does not read. */
    private static <T> T value(ImportRow row, String key, Function<String, Optional<T>> parser, Message expected) {
        String text = row.value(key);
        if (text == null || row.flagged(key)) {
            return null;
        }
        Optional<T> parsed = parser.apply(text);
        if (parsed.isEmpty()) {
            row.reject(key, ValidationCode.WRONG_TYPE, text, Message.of("import.problem.notA", text, expected));
        }
        return parsed.orElse(null);
    }

    private static Optional<LoanCurrency> currency(String text) {
        return Arrays.stream(LoanCurrency.values()).filter(currency -> currency.name().equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    static Optional<LoanStatus> status(String text) {
        String folded = TextFolding.fold(text).strip();
        return Arrays.stream(LoanStatus.values()).filter(status -> status.name().equals(folded.toUpperCase(Locale.ROOT)))
                .findFirst().or(() -> Optional.ofNullable(STATUS_NAMES.get(folded)));
    }
}
