package dev.cartera.lending.imports;

import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.lending.Loan;
import java.util.List;
import java.util.stream.Stream;

/** The columns of the loans CSV, with their Spanish, English and Portuguese names (see docs/csv-formats.md). */
final class LoanColumns {

    static final String PRINCIPAL = "principal";
    static final String CURRENCY = "currency";
    static final String ANNUAL_RATE = "annualRate";
    static final String TERM_MONTHS = "termMonths";
    static final String START_DATE = "startDate";
    static final String STATUS = "status";
    static final String PURPOSE = "purpose";

    static final List<ImportColumn> ALL = Stream.concat(DocumentColumns.ALL.stream(), Stream.of(
            ImportColumn.required(PRINCIPAL, 40, "monto", "capital", "monto del préstamo", "valor", "valor do empréstimo",
                    "amount", "loan_amount"),
            ImportColumn.required(CURRENCY, 8, "moneda", "moeda", "divisa"),
            ImportColumn.required(ANNUAL_RATE, 20, "tasa", "tasa anual", "tasa_interes", "tasa de interés",
                    "taxa", "taxa de juros", "rate", "interest_rate", "annual_rate"),
            ImportColumn.required(TERM_MONTHS, 10, "plazo", "plazo_meses", "plazo en meses", "meses", "prazo",
                    "prazo em meses", "term", "term_months", "months"),
            ImportColumn.required(START_DATE, 20, "fecha_inicio", "fecha de inicio", "fecha de desembolso",
                    "data de início", "data_inicio", "start_date", "start"),
            ImportColumn.optional(STATUS, 16, "estado", "situación", "situação", "loan_status"),
            ImportColumn.optional(PURPOSE, Loan.PURPOSE_MAX, "propósito", "proposito", "destino", "finalidad",
                    "finalidade", "motivo"))).toList();

    private LoanColumns() {
    }
}
