package dev.cartera.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * {@code GET /api/loans} with every whitelisted filter field and operator ({@code LoanService.LIST}), and every sort in
 * both directions, on a running server with 1,000,000 loans ({@link LoanBulkLoad}). The values (customers, documents,
 * principals, rates, dates, instants) come from the server's own loans, read first from pages spread over the id
 * order. How it runs, and its arguments: {@link ListBenchmark}.
 */
public final class LoanListBenchmark {

    private static final String USAGE = "LoanListBenchmark <base URL> <username> [label text]";
    private static final Map<String, Pattern> FIELDS = Map.of(
            "customerId", Pattern.compile("\"customerId\":(\\d+)"),
            "documentNumber", Pattern.compile("\"customerDocumentNumber\":\"([^\"]+)\""),
            "principal", Pattern.compile("\"principal\":([0-9.]+)"),
            "annualRate", Pattern.compile("\"annualRate\":([0-9.]+)"),
            "startDate", Pattern.compile("\"startDate\":\"([^\"]+)\""),
            "createdAt", Pattern.compile("\"createdAt\":\"([^\"]+)\""));

    private LoanListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ListBenchmark.run(args, USAGE, "/api/loans", (client, token) -> new ListSeeds(ListSeeds.read(client, token,
                "/api/loans", FIELDS, ListSeeds.pagesOverIds(client, token, "/api/loans"))), LoanListBenchmark::queries);
    }

    private static Map<String, IntFunction<String>> queries(ListSeeds s) {
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        ListBenchmark.sorts(queries, List.of("id", "principal", "annualRate", "termMonths", "startDate", "status",
                "createdAt", "updatedAt"));
        queries.put("page=400 (offset 8,000), sort=principal,desc", n -> "page=400&sort=principal,desc");
        queries.put("customerId.equals=<customer>", n -> "customerId.equals=" + s.pick("customerId", n));
        queries.put("customerId.in=<two>", n -> "customerId.in=" + s.pick("customerId", n) + "," + s.pick("customerId", n + 1));
        queries.put("customerId.specified=true", n -> "customerId.specified=true");
        queries.put("customerId.equals=<customer>, sort=startDate,desc", n -> "customerId.equals=" + s.pick("customerId", n)
                + "&sort=startDate,desc");
        queries.put("customerDocumentType.equals=CC", n -> "customerDocumentType.equals=CC");
        queries.put("customerDocumentType.in=NIT,RUC", n -> "customerDocumentType.in=NIT,RUC");
        queries.put("customerDocumentType.specified=false", n -> "customerDocumentType.specified=false");
        queries.put("customerDocumentNumber.equals=<number>", n -> "customerDocumentNumber.equals="
                + ListBenchmark.enc(s.pick("documentNumber", n)));
        queries.put("customerDocumentNumber.in=<two>", n -> "customerDocumentNumber.in="
                + ListBenchmark.enc(s.pick("documentNumber", n) + "," + s.pick("documentNumber", n + 1)));
        queries.put("customerDocumentNumber.specified=true", n -> "customerDocumentNumber.specified=true");
        queries.put("status.equals=PAID", n -> "status.equals=PAID");
        queries.put("status.equals=APPROVED (a rare status)", n -> "status.equals=APPROVED");
        queries.put("status.in=REQUESTED,APPROVED", n -> "status.in=REQUESTED,APPROVED");
        queries.put("status.specified=true", n -> "status.specified=true");
        queries.put("status.equals=ACTIVE, sort=principal,desc", n -> "status.equals=ACTIVE&sort=principal,desc");
        queries.put("currency.equals=USD", n -> "currency.equals=USD");
        queries.put("currency.in=COP,USD", n -> "currency.in=COP,USD");
        queries.put("currency.specified=false", n -> "currency.specified=false");
        ListBenchmark.range(queries, "principal", "amount", n -> s.pick("principal", n));
        ListBenchmark.range(queries, "annualRate", "rate", n -> s.pick("annualRate", n));
        ListBenchmark.range(queries, "startDate", "date", n -> s.pick("startDate", n));
        ListBenchmark.range(queries, "createdAt", "instant", n -> s.pick("createdAt", n));
        queries.put("createdAt.greaterThanOrEqual=<instant>, sort=createdAt,desc", n -> "createdAt.greaterThanOrEqual="
                + ListBenchmark.enc(s.pick("createdAt", n)) + "&sort=createdAt,desc");
        queries.put("status.equals=ACTIVE, currency.equals=USD, principal.greaterThan=<amount>", n ->
                "status.equals=ACTIVE&currency.equals=USD&principal.greaterThan=" + s.pick("principal", n));
        return queries;
    }
}
