package dev.cartera.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * {@code GET /api/purchases} with every whitelisted filter field and operator ({@code PurchaseService.LIST}), and every
 * sort in both directions, on a running server with 1,000,000 purchases ({@link PurchaseBulkLoad}). The values
 * (customers, invoices, instants, amounts, stores) come from the server's own purchases, read first from pages spread over
 * the id order. How it runs, and its arguments: {@link ListBenchmark}.
 */
public final class PurchaseListBenchmark {

    private static final String USAGE = "PurchaseListBenchmark <base URL> <username> [label text]";
    private static final Map<String, Pattern> FIELDS = Map.of(
            "customerId", Pattern.compile("\"customerId\":(\\d+)"),
            "invoiceNumber", Pattern.compile("\"invoiceNumber\":\"([^\"]+)\""),
            "purchasedAt", Pattern.compile("\"purchasedAt\":\"([^\"]+)\""),
            "amount", Pattern.compile("\"amount\":([0-9.]+)"),
            "store", Pattern.compile("\"store\":\"([^\"]+)\""),
            "createdAt", Pattern.compile("\"createdAt\":\"([^\"]+)\""));

    private PurchaseListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ListBenchmark.run(args, USAGE, "/api/purchases", (client, token) -> new ListSeeds(ListSeeds.read(client, token,
                "/api/purchases", FIELDS, ListSeeds.pagesOverIds(client, token, "/api/purchases"))), PurchaseListBenchmark::queries);
    }

    private static Map<String, IntFunction<String>> queries(ListSeeds s) {
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        ListBenchmark.sorts(queries, List.of("id", "purchasedAt", "amount", "invoiceNumber", "status", "channel",
                "createdAt", "updatedAt"));
        queries.put("page=400 (offset 8,000), sort=purchasedAt,desc", n -> "page=400&sort=purchasedAt,desc");
        queries.put("customerId.equals=<customer>", n -> "customerId.equals=" + s.pick("customerId", n));
        queries.put("customerId.in=<two>", n -> "customerId.in=" + s.pick("customerId", n) + "," + s.pick("customerId", n + 1));
        queries.put("customerId.specified=true", n -> "customerId.specified=true");
        queries.put("customerId.equals=<customer>, sort=purchasedAt,desc", n -> "customerId.equals="
                + s.pick("customerId", n) + "&sort=purchasedAt,desc");
        queries.put("invoiceNumber.equals=<invoice>", n -> "invoiceNumber.equals=" + ListBenchmark.enc(s.pick("invoiceNumber", n)));
        queries.put("invoiceNumber.in=<two>", n -> "invoiceNumber.in="
                + ListBenchmark.enc(s.pick("invoiceNumber", n) + "," + s.pick("invoiceNumber", n + 1)));
        queries.put("invoiceNumber.specified=true", n -> "invoiceNumber.specified=true");
        ListBenchmark.range(queries, "purchasedAt", "instant", n -> s.pick("purchasedAt", n));
        ListBenchmark.range(queries, "amount", "amount", n -> s.pick("amount", n));
        ListBenchmark.range(queries, "createdAt", "instant", n -> s.pick("createdAt", n));
        queries.put("status.equals=COMPLETED", n -> "status.equals=COMPLETED");
        queries.put("status.equals=CANCELLED (4 %)", n -> "status.equals=CANCELLED");
        queries.put("status.in=REFUNDED,CANCELLED", n -> "status.in=REFUNDED,CANCELLED");
        queries.put("status.specified=true", n -> "status.specified=true");
        queries.put("channel.equals=ONLINE", n -> "channel.equals=ONLINE");
        queries.put("channel.in=STORE,PHONE", n -> "channel.in=STORE,PHONE");
        queries.put("channel.specified=false", n -> "channel.specified=false");
        queries.put("store.equals=<store>", n -> "store.equals=" + ListBenchmark.enc(s.pick("store", n)));
        queries.put("store.in=<two>", n -> "store.in=" + ListBenchmark.enc(s.pick("store", n) + "," + s.pick("store", n + 1)));
        queries.put("store.contains=<store>", n -> "store.contains=" + ListBenchmark.enc(s.pick("store", n).toLowerCase()));
        queries.put("store.specified=false", n -> "store.specified=false");
        queries.put("purchasedAt in one week, status.equals=COMPLETED", n -> "purchasedAt.greaterThanOrEqual=2026-10-08T05:00:00Z"
                + "&purchasedAt.lessThan=2026-10-15T05:00:00Z&status.equals=COMPLETED");
        queries.put("purchasedAt.greaterThanOrEqual=<instant>, sort=purchasedAt,desc", n -> "purchasedAt.greaterThanOrEqual="
                + ListBenchmark.enc(s.pick("purchasedAt", n)) + "&sort=purchasedAt,desc");
        return queries;
    }
}
