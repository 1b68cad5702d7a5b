package dev.cartera.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The request path under load on a running server with a large directory (issue 22, parts 1 and 6).
 * <ol>
 * <li>At 4 connections, one after the other: {@code GET /index.html}, {@code GET /api/auth/me} and a found
 * {@code GET /api/customers/lookup}, each as a ratio of the static page's requests per second (target: at least
 * 0.50, p99 under 10 ms), {@value #COMPARED_REQUESTS} of each after {@value #WARM_UP_ROUNDS} rounds of
 * {@value #WARM_UP_REQUESTS} of each unreported, as the one-command script times them with Apache Bench: a fresh
 * server, and this client's own JVM, answer their first thousands of requests while the JIT still compiles them
 * (docs/benchmarks.md section 13, "the JDK client warmed up as Apache Bench is").</li>
 * <li>{@link #CONNECTIONS} connections for {@link #MIXED_FOR} of mixed requests: 4 in 10 lookups, 3 in 10 list
 * pages (the first page, name order, a surname, a document, a country, a deeper page), 3 in 10 {@code me}
 * (target: no error, p99 under 200 ms), twice: the first minute, on a server that has served only the requests above
 * and still compiles the lists' code, is reported apart (its rows begin "first minute:"); the target is taken on the
 * second, whose requests go on from where the first stopped (other customers and pages, not the same again).</li>
 * </ol>
 * Arguments: base URL, user name, and the lookup sample file of section 5 ({@code hit|miss,TYPE,NUMBER} lines); the
 * password comes from {@code CARTERA_BENCH_PASSWORD}.
 */
public final class LoadBenchmark {

    private static final int COMPARED_CONNECTIONS = 4;
    private static final int COMPARED_REQUESTS = 20_000;
    private static final int WARM_UP_REQUESTS = 20_000;
    private static final int WARM_UP_ROUNDS = 2;
    static final int CONNECTIONS = 64;
    static final Duration MIXED_FOR = Duration.ofSeconds(60);
    private static final String USAGE = "LoadBenchmark <base URL> <username> <lookup sample file>";

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 3) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        List<String> found = Files.readAllLines(Path.of(args[2])).stream().filter(line -> line.startsWith("hit,")).toList();
        BenchHttp client = new BenchHttp(base, Duration.ofMinutes(10));
        String token = client.token(args[1], password);
        MachineReport.print();
        CustomerSeeds seeds = CustomerSeeds.read(client, token);

        IntFunction<HttpRequest> page = n -> HttpRequest.newBuilder(base.resolve("/index.html"))
                .timeout(Duration.ofSeconds(30)).build();
        IntFunction<HttpRequest> me = n -> CustomerSeeds.get(client, token, "/api/auth/me");
        IntFunction<HttpRequest> lookup = n -> lookup(client, token, found, n);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (IntFunction<HttpRequest> each : List.of(page, me, lookup)) {
                client.measure(each, status -> status == 200, WARM_UP_REQUESTS, COMPARED_CONNECTIONS);
            }
        }
        Latencies statics = client.measure(page, status -> status == 200, COMPARED_REQUESTS, COMPARED_CONNECTIONS);
        Latencies mine = client.measure(me, status -> status == 200, COMPARED_REQUESTS, COMPARED_CONNECTIONS);
        Latencies lookups = client.measure(lookup, status -> status == 200, COMPARED_REQUESTS, COMPARED_CONNECTIONS);
        System.out.println(Latencies.header());
        System.out.println(statics.row("GET /index.html", COMPARED_CONNECTIONS));
        System.out.println(mine.row("GET /api/auth/me", COMPARED_CONNECTIONS));
        System.out.println(lookups.row("GET /api/customers/lookup (found)", COMPARED_CONNECTIONS));
        System.out.printf(Locale.ROOT, "%nrequests/s as a share of /index.html's (target at least 0.50): me %.2f, lookup %.2f%n%n",
                mine.perSecond() / statics.perSecond(), lookups.perSecond() / statics.perSecond());

        Map<String, IntFunction<HttpRequest>> lists = lists(client, token, seeds);
        List<String> labels = new ArrayList<>(lists.keySet());
        Map<String, IntFunction<HttpRequest>> mix = new LinkedHashMap<>();
        mix.put("GET /api/customers/lookup (found)", lookup);
        mix.put("GET /api/customers (lists)", n -> lists.get(labels.get(n % labels.size())).apply(n / labels.size()));
        mix.put("GET /api/auth/me", me);
        int[] share = {4, 3, 3}; // of every 10 requests
        AtomicInteger sequence = new AtomicInteger(); // both minutes' requests in one sequence
        System.out.println(Latencies.header());
        mixed(client, mix, share, sequence).forEach((label, latencies) ->
                System.out.println(latencies.row("first minute: " + label, CONNECTIONS)));
        System.out.println();
        System.out.println(Latencies.header());
        mixed(client, mix, share, sequence).forEach((label, latencies) ->
                System.out.println(latencies.row(label, CONNECTIONS)));
        System.out.printf("%nlists in the mix: %s%n", String.join("; ", labels));
        MachineReport.printLoad("after");
    }

    /** The connections take the sequence's next request until the time is up; each kind's latencies apart, and all. */
    private static Map<String, Latencies> mixed(BenchHttp client, Map<String, IntFunction<HttpRequest>> mix, int[] share,
                                                AtomicInteger sequence) throws Exception {
        List<IntFunction<HttpRequest>> kinds = new ArrayList<>(mix.values());
        int[] kindOf = new int[10];
        for (int kind = 0, slot = 0; kind < share.length; kind++) {
            for (int i = 0; i < share[kind]; i++) {
                kindOf[slot++] = kind;
            }
        }
        int capacity = 2_000_000;
        long[][] nanos = new long[kinds.size()][capacity];
        AtomicInteger[] counts = new AtomicInteger[kinds.size()];
        AtomicInteger[] errors = new AtomicInteger[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            counts[i] = new AtomicInteger();
            errors[i] = new AtomicInteger();
        }
        long start = System.nanoTime();
        long end = start + MIXED_FOR.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CONNECTIONS; t++) {
                workers.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        int n = sequence.getAndIncrement();
                        int kind = kindOf[n % 10];
                        HttpRequest request = kinds.get(kind).apply(n / 10);
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = client.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        int slot = counts[kind].getAndIncrement();
                        if (slot < capacity) {
                            nanos[kind][slot] = System.nanoTime() - sent;
                        }
                        if (status != 200) {
                            errors[kind].incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            clients.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        Map<String, Latencies> result = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>(mix.keySet());
        long[] all = new long[0];
        int allErrors = 0;
        for (int kind = 0; kind < kinds.size(); kind++) {
            int count = Math.min(counts[kind].get(), capacity);
            result.put(labels.get(kind), new Latencies(nanos[kind], count, wall, errors[kind].get()));
            long[] joined = java.util.Arrays.copyOf(all, all.length + count);
            System.arraycopy(nanos[kind], 0, joined, all.length, count);
            all = joined;
            allErrors += errors[kind].get();
        }
        result.put("all of them", new Latencies(all, all.length, wall, allErrors));
        return result;
    }

    /** The list pages of the mix: what a console user or a client system asks most. */
    private static Map<String, IntFunction<HttpRequest>> lists(BenchHttp client, String token, CustomerSeeds s) {
        Map<String, IntFunction<HttpRequest>> lists = new LinkedHashMap<>();
        lists.put("first page", n -> list(client, token, ""));
        lists.put("sort=name", n -> list(client, token, "sort=name,asc"));
        lists.put("name.contains=<last name>", n -> list(client, token, "name.contains=" + enc(s.pick("lastName", n))));
        lists.put("documentNumber.equals=<number>", n -> list(client, token, "documentNumber.equals=" + enc(s.pick("documentNumber", n))));
        lists.put("country.equals=CO", n -> list(client, token, "country.equals=CO"));
        lists.put("page=20, sort=createdAt,desc", n -> list(client, token, "page=20&sort=createdAt,desc"));
        return lists;
    }

    private static HttpRequest list(BenchHttp client, String token, String query) {
        return CustomerSeeds.get(client, token, "/api/customers?size=20&" + query);
    }

    /** The n-th document of the sample, round robin; lines are {@code hit,TYPE,NUMBER}. */
    private static HttpRequest lookup(BenchHttp client, String token, List<String> documents, int n) {
        String[] fields = documents.get(n % documents.size()).split(",");
        return CustomerSeeds.get(client, token, "/api/customers/lookup?documentType="
                + enc(fields[1]) + "&documentNumber=" + enc(fields[2]));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
