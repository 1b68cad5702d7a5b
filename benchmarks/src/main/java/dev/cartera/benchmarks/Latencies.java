package dev.cartera.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The latencies of a batch of requests and the wall time the batch took. Percentiles by nearest rank over
 * every sample: with a few thousand samples there is no need for a histogram.
 */
final class Latencies {

    private final long[] nanos;
    private final int count;
    private final long wallNanos;
    private final int errors;

    Latencies(long[] nanos, int count, long wallNanos, int errors) {
        this.nanos = Arrays.copyOf(nanos, count);
        Arrays.sort(this.nanos);
        this.count = count;
        this.wallNanos = wallNanos;
        this.errors = errors;
    }

    double perSecond() {
        return count / (wallNanos / 1e9);
    }

    /** One Markdown table row: requests, errors, requests per second, p50, p95, p99 and max in ms. */
    String row(String what, int concurrency) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f |",
                what, concurrency, count, errors, perSecond(),
                millis(percentile(50)), millis(percentile(95)), millis(percentile(99)), millis(max()));
    }

    static String header() {
        return "| request | concurrency | requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }

    private long percentile(int percent) {
        if (count == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return nanos[Math.max(0, rank - 1)];
    }

    private long max() {
        return count == 0 ? 0 : nanos[count - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
