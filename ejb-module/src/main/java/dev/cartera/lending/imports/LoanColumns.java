package dev.cartera.lending.imports;

import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ValueShape;
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
                    "amount", "loan_amount")
                    .describedAs("monto del crédito", "capital prestado", "monto desembolsado", "valor emprestado",
                            "loan amount", "loan principal", "amount lent")
                    .holding(ValueShape.AMOUNT),
            ImportColumn.required(CURRENCY, 8, "moneda", "moeda", "divisa")
                    .describedAs("moneda del crédito", "código de moneda", "moeda do empréstimo", "currency",
                            "currency code")
                    .holding(ValueShape.CURRENCY_CODE),
            ImportColumn.required(ANNUAL_RATE, 20, "tasa", "tasa anual", "tasa_interes", "tasa de interés",
                    "taxa", "taxa de juros", "rate", "interest_rate", "annual_rate")
                    .describedAs("tasa de interés anual", "tasa efectiva anual", "tea", "taxa de juros anual",
                            "annual interest rate", "interest rate percent")
                    .holding(ValueShape.RATE),
            ImportColumn.required(TERM_MONTHS, 10, "plazo", "plazo_meses", "plazo en meses", "meses", "prazo",
                    "prazo em meses", "term", "term_months", "months")
                    .describedAs("plazo del crédito en meses", "número de cuotas mensuales", "prazo do empréstimo",
                            "loan term in months", "number of monthly installments")
                    .holding(ValueShape.SMALL_INTEGER),
            ImportColumn.required(START_DATE, 20, "fecha_inicio", "fecha de inicio", "fecha de desembolso",
                    "data de início", "data_inicio", "start_date", "start")
                    .describedAs("fecha de inicio del crédito", "fecha del desembolso", "data de liberação",
                            "data do empréstimo", "loan start date", "disbursement date")
                    .contrastedWith("fecha de vencimiento", "fecha de pago", "fecha final", "data de vencimento",
                            "due date", "maturity date", "end date")
                    .holding(ValueShape.DATE),
            ImportColumn.optional(STATUS, 16, "estado", "situación", "situação", "loan_status")
                    .describedAs("estado del crédito", "situação do empréstimo", "loan status", "status")
                    .holding(ValueShape.WORDS),
            ImportColumn.optional(PURPOSE, Loan.PURPOSE_MAX, "propósito", "proposito", "destino", "finalidad",
                    "finalidade", "motivo")
                    .describedAs("destino del crédito", "para qué es el préstamo", "finalidade do empréstimo",
                            "loan purpose", "reason for the loan"))).toList();

    private LoanColumns() {
    }
}
