package dev.cartera.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-request cost of authentication on a running server: {@code GET /api/auth/me} with one token
 * (MicroProfile JWT verification, the revocation lookup and a small JSON answer), sequentially and with
 * 8 concurrent clients; then sequential logins, each a PBKDF2 hash and a token signature.
 *
 * <p>Arguments: the server's base URL (e.g. {@code http://127.0.0.1:18181}) and the user name; the password
 * comes from the environment variable {@code CARTERA_BENCH_PASSWORD}, so that it stays out of the process
 * list. Every loop is bounded by a request count and by {@link #TIME_LIMIT}.
 */
public final class HttpAuthBenchmark {

    private static final int WARM_UP_REQUESTS = 500;
    private static final int ME_REQUESTS = 5_000;
    private static final int LOGINS = 50;
    private static final int[] CONCURRENCIES = {1, 8};
    /** For the whole run: a slow server shortens the batches rather than the machine's afternoon. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(3);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String loginBody;
    private final long deadline = System.nanoTime() + TIME_LIMIT.toNanos();

    private HttpAuthBenchmark(URI base, String username, String password) {
        this.base = base;
        this.loginBody = "{\"username\":\"" + jsonEscape(username) + "\",\"password\":\"" + jsonEscape(password) + "\"}";
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv("CARTERA_BENCH_PASSWORD");
        if (args.length != 2 || password == null) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... HttpAuthBenchmark <base URL> <username>");
            System.exit(2);
        }
        MachineReport.print();
        new HttpAuthBenchmark(URI.create(args[0]), args[1], password).run();
        MachineReport.printLoad("after");
    }

    private void run() throws Exception {
        String token = tokenFrom(send(login()));
        HttpRequest me = HttpRequest.newBuilder(base.resolve("/api/auth/me"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
        measure(me, WARM_UP_REQUESTS, 2); // compiles the server's hot paths; not reported
        System.out.println();
        System.out.println(Latencies.header());
        for (int concurrency : CONCURRENCIES) {
            System.out.println(measure(me, ME_REQUESTS, concurrency).row("GET /api/auth/me", concurrency));
        }
        System.out.println(measure(login(), LOGINS, 1).row("POST /api/auth/login", 1));
    }

    /** Sends {@code request} up to {@code total} times from {@code concurrency} threads; stops early at the deadline. */
    private Latencies measure(HttpRequest request, int total, int concurrency) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(clients.submit(() -> {
                    for (int slot; System.nanoTime() < deadline && (slot = next.getAndIncrement()) < total; ) {
                        long sent = System.nanoTime();
                        int status = send(request).statusCode();
                        nanos[slot] = System.nanoTime() - sent;
                        if (status != 200) {
                            errors.incrementAndGet();
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
        return new Latencies(nanos, Math.min(next.get(), total), System.nanoTime() - start, errors.get());
    }

    private HttpRequest login() {
        return HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(loginBody))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String tokenFrom(HttpResponse<String> response) {
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("login failed with HTTP " + response.statusCode()
                    + "; is the server up and CARTERA_BENCH_PASSWORD the admin password?");
        }
        return matcher.group(1);
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
