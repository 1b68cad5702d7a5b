package dev.cartera.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /api/customers/lookup} by document on a running server, over the documents of a sample file
 * written by {@link CustomerBulkLoad}: found customers (200, with the loans and purchases summary) from 1 and
 * from 8 concurrent clients, then documents nobody has (404). Each request takes the next document of the
 * sample in turn, so a batch spreads over the whole table rather than hitting one cached row.
 *
 * <p>Arguments: base URL, user name (admin, operator or agent) and the sample file; the password comes from
 * {@code CARTERA_BENCH_PASSWORD}. Every loop is bounded by a request count and by {@link #TIME_LIMIT}.
 */
public final class CustomerLookupBenchmark {

    private static final int WARM_UP_REQUESTS = 500;
    private static final int HIT_REQUESTS = 3_000;
    private static final int MISS_REQUESTS = 500;
    private static final int[] CONCURRENCIES = {1, 8};
    private static final Duration TIME_LIMIT = Duration.ofMinutes(4);
    private static final String USAGE = "CustomerLookupBenchmark <base URL> <username> <sample file>";

    private CustomerLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 3) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        List<String> sample = Files.readAllLines(Path.of(args[2]));
        List<String> hits = sample.stream().filter(line -> line.startsWith("hit,")).toList();
        List<String> misses = sample.stream().filter(line -> line.startsWith("miss,")).toList();
        MachineReport.print();
        System.out.printf("sample: %d documents that exist, %d that do not%n", hits.size(), misses.size());
        BenchHttp client = new BenchHttp(URI.create(args[0]), TIME_LIMIT);
        String token = client.token(args[1], password);

        client.measure(n -> lookup(client, token, hits, n), status -> status == 200, WARM_UP_REQUESTS, 2);
        System.out.println();
        System.out.println(Latencies.header());
        for (int concurrency : CONCURRENCIES) {
            System.out.println(client.measure(n -> lookup(client, token, hits, n), status -> status == 200,
                    HIT_REQUESTS, concurrency).row("GET /api/customers/lookup (found)", concurrency));
        }
        System.out.println(client.measure(n -> lookup(client, token, misses, n), status -> status == 404,
                MISS_REQUESTS, 1).row("GET /api/customers/lookup (nobody has it, 404)", 1));
        MachineReport.printLoad("after");
    }

    /** The n-th document of the sample, round robin; lines are {@code hit|miss,TYPE,NUMBER}. */
    private static HttpRequest lookup(BenchHttp client, String token, List<String> documents, int n) {
        String[] fields = documents.get(n % documents.size()).split(",");
        String query = "documentType=" + URLEncoder.encode(fields[1], StandardCharsets.UTF_8)
                + "&documentNumber=" + URLEncoder.encode(fields[2], StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(client.base.resolve("/api/customers/lookup?" + query))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
    }
}
