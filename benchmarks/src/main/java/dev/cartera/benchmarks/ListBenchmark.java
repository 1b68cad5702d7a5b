package dev.cartera.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What the list benchmarks share ({@link CustomerListBenchmark}, {@link LoanListBenchmark},
 * {@link PurchaseListBenchmark}): {@code GET <list>?size=20&<query>} for each query by its label, one client, a few
 * unreported requests then a batch, each query bounded in time and given a fresh access token (a run outlives one).
 * The target: p95 under 300 ms at 1,000,000 rows, the count included.
 *
 * <p>Arguments: base URL, user name and optionally a text: then only the queries whose label contains it run. The
 * password comes from {@code CARTERA_BENCH_PASSWORD}. {@code -Dbench.warmUp=W}, {@code -Dbench.requests=N} and
 * {@code -Dbench.seconds=S} change the unreported requests ({@value #WARM_UP}), the batch ({@value #REQUESTS}) and the
 * bound of each ({@value #SECONDS} s), e.g. for a first run where many queries take seconds. A bound stops sending,
 * so a batch may end with fewer requests than asked (the table says how many).
 */
final class ListBenchmark {

    static final int WARM_UP = 3;
    static final int REQUESTS = 40;
    static final int SECONDS = 90;

    /** Reads a list's seed values from the running server. */
    interface Seeds<S extends ListSeeds> {
        S read(BenchHttp client, String token) throws Exception;
    }

    private ListBenchmark() {
    }

    static <S extends ListSeeds> void run(String[] args, String usage, String path, Seeds<S> seeds,
                                          Function<S, Map<String, IntFunction<String>>> queries) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(usage);
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + usage);
            System.exit(2);
        }
        int warmUp = Integer.getInteger("bench.warmUp", WARM_UP);
        int requests = Integer.getInteger("bench.requests", REQUESTS);
        Duration timeLimit = Duration.ofSeconds(Integer.getInteger("bench.seconds", SECONDS));
        URI base = URI.create(args[0]);
        MachineReport.print();
        BenchHttp reader = new BenchHttp(base, Duration.ofMinutes(5));
        S values = seeds.read(reader, reader.token(args[1], password));
        System.out.printf("%s: %d requests a query after %d unreported, each batch bounded at %d s%n%n", path,
                requests, warmUp, timeLimit.toSeconds());
        System.out.println(Latencies.header());
        for (Map.Entry<String, IntFunction<String>> query : queries.apply(values).entrySet()) {
            if (args.length == 3 && !query.getKey().contains(args[2])) {
                continue;
            }
            String token = new BenchHttp(base, timeLimit).token(args[1], password);
            BenchHttp warming = new BenchHttp(base, timeLimit);
            warming.measure(request(warming, token, path, query.getValue()), status -> status == 200, warmUp, 1);
            BenchHttp client = new BenchHttp(base, timeLimit); // its own bound: a slow warm-up leaves it whole
            System.out.println(client.measure(request(client, token, path, query.getValue()), status -> status == 200,
                    requests, 1).row("`" + query.getKey() + "`", 1));
        }
        MachineReport.printLoad("after");
    }

    private static IntFunction<HttpRequest> request(BenchHttp client, String token, String path,
                                                    IntFunction<String> query) {
        return n -> ListSeeds.get(client, token, path + "?size=20&" + query.apply(n));
    }

    /** Both directions of each sort. */
    static void sorts(Map<String, IntFunction<String>> queries, List<String> fields) {
        for (String field : fields) {
            for (String direction : List.of("asc", "desc")) {
                queries.put("sort=" + field + "," + direction, n -> "sort=" + field + "," + direction);
            }
        }
    }

    /** Every operator of a range field: equals, in (two values), the four comparisons, specified. */
    static void range(Map<String, IntFunction<String>> queries, String field, String what, IntFunction<String> value) {
        queries.put(field + ".equals=<" + what + ">", n -> field + ".equals=" + enc(value.apply(n)));
        queries.put(field + ".in=<two>", n -> field + ".in=" + enc(value.apply(n) + "," + value.apply(n + 1)));
        for (String operator : List.of("greaterThan", "lessThan", "greaterThanOrEqual", "lessThanOrEqual")) {
            queries.put(field + "." + operator + "=<" + what + ">", n -> field + "." + operator + "=" + enc(value.apply(n)));
        }
        queries.put(field + ".specified=true", n -> field + ".specified=true");
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
