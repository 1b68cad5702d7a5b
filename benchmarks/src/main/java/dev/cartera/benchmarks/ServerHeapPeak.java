package dev.cartera.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest used heap a server's own {@code /metrics} reports while this is open (the sum of Micrometer's
 * {@code jvm_memory_used_bytes{area="heap"}} over the heap pools), polled every {@link #POLL_MILLIS} ms with the
 * scrape password from {@code CARTERA_BENCH_METRICS_PASSWORD} ({@code start-loopback-server.sh} writes it to
 * {@code <bench dir>/metrics-password}). It counts garbage not yet collected: the server's GC log gives the live heap.
 */
final class ServerHeapPeak implements AutoCloseable {

    static final long POLL_MILLIS = 200;
    private static final Pattern USED_HEAP =
            Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} (\\S+)$");

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    ServerHeapPeak(BenchHttp client) {
        poller.scheduleWithFixedDelay(() -> peak.accumulateAndGet(usedHeap(client), Math::max),
                0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    double mebibytes() {
        return peak.get() / 1048576.0;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** The server's used heap now, or 0 when the metrics cannot be read (the sample is then just missing). */
    private static long usedHeap(BenchHttp client) {
        try {
            String scraper = "metrics:" + System.getenv().getOrDefault("CARTERA_BENCH_METRICS_PASSWORD", "");
            HttpRequest metrics = HttpRequest.newBuilder(client.base.resolve("/metrics"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            scraper.getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(5)).build();
            Matcher pools = USED_HEAP.matcher(client.http.send(metrics, HttpResponse.BodyHandlers.ofString()).body());
            long used = 0;
            while (pools.find()) {
                used += (long) Double.parseDouble(pools.group(1));
            }
            return used;
        } catch (Exception e) {
            return 0;
        }
    }
}
