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
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the HTTP benchmarks share: one JDK client over HTTP/1.1 keep-alive, logging in, and a load loop
 * bounded both by a request count and by the run's deadline (a slow server shortens the batches rather
 * than the machine's afternoon).
 */
final class BenchHttp {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final URI base;
    private final long deadline;

    BenchHttp(URI base, Duration timeLimit) {
        this.base = base;
        this.deadline = System.nanoTime() + timeLimit.toNanos();
    }

    /** The password comes from {@code CARTERA_BENCH_PASSWORD}, so that it stays out of the process list. */
    static String passwordFromEnvironment(String usage) {
        String password = System.getenv("CARTERA_BENCH_PASSWORD");
        if (password == null) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + usage);
            System.exit(2);
        }
        return password;
    }

    HttpRequest login(String username, String password) {
        String body = "{\"username\":\"" + jsonEscape(username) + "\",\"password\":\"" + jsonEscape(password) + "\"}";
        return HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Logs in and answers the access token. */
    String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(login(username, password), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("login failed with HTTP " + response.statusCode()
                    + "; is the server up and CARTERA_BENCH_PASSWORD the user's password?");
        }
        return matcher.group(1);
    }

    /**
     * Sends {@code requestFor.apply(n)} for n = 0 .. total-1 from {@code concurrency} threads, reading each
     * body in full; a status {@code expected} refuses counts as an error. Stops early at the deadline.
     */
    Latencies measure(IntFunction<HttpRequest> requestFor, IntPredicate expected, int total, int concurrency)
            throws Exception {
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
                        HttpRequest request = requestFor.apply(slot);
                        long sent = System.nanoTime();
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        nanos[slot] = System.nanoTime() - sent;
                        if (!expected.test(status)) {
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

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
