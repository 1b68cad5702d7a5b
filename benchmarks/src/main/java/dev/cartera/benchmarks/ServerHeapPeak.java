package dev.cartera.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest {@code memory_usedHeap_bytes} a server's own MicroProfile Metrics ({@code /metrics}) reports while
 * this is open, polled every {@link #POLL_MILLIS} ms. It counts garbage not yet collected: the server's GC log
 * gives the live heap.
 */
final class ServerHeapPeak implements AutoCloseable {

    static final long POLL_MILLIS = 200;
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\} (\\S+)$");

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
            HttpRequest metrics = HttpRequest.newBuilder(client.base.resolve("/metrics?scope=base"))
                    .timeout(Duration.ofSeconds(5)).build();
            Matcher matcher = USED_HEAP.matcher(client.http.send(metrics, HttpResponse.BodyHandlers.ofString()).body());
            return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
