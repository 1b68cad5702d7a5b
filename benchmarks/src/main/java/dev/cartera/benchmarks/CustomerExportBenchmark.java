package dev.cartera.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One {@code GET /api/customers/export?format=...} of every customer on a running server: the time to the
 * response headers and to the last byte, the bytes, the lines (for CSV: the header plus one per customer),
 * and the server's heap while it runs. The body is saved to a file so that it can be checked afterwards.
 *
 * <p>The heap figure is the largest used heap that the server's own metrics
 * ({@code /metrics}) reported, polled every {@value ServerHeapPeak#POLL_MILLIS} ms during the download. It counts
 * garbage not yet collected, so it is an upper bound of what the export keeps; the server's GC log gives the
 * live heap after each collection.
 *
 * <p>Arguments: base URL, user name, format ({@code csv}, {@code xlsx} or {@code txt}) and the output file;
 * the password comes from {@code CARTERA_BENCH_PASSWORD}. The download is bounded by {@link #TIME_LIMIT}.
 */
public final class CustomerExportBenchmark {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(10);
    private static final String USAGE = "CustomerExportBenchmark <base URL> <username> <csv|xlsx|txt> <output file>";

    private CustomerExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 4) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        MachineReport.print();
        BenchHttp client = new BenchHttp(URI.create(args[0]), TIME_LIMIT);
        String token = client.token(args[1], password);
        HttpRequest export = HttpRequest.newBuilder(client.base.resolve("/api/customers/export?format=" + args[2]))
                .header("Authorization", "Bearer " + token)
                .timeout(TIME_LIMIT) // until the headers; the body is bounded by the loop below
                .build();

        ServerHeapPeak peakHeap = new ServerHeapPeak(client);
        long start = System.nanoTime();
        long deadline = start + TIME_LIMIT.toNanos();
        long bytes = 0;
        long lines = 0;
        double headersSeconds;
        try {
            HttpResponse<InputStream> response = client.http.send(export, HttpResponse.BodyHandlers.ofInputStream());
            headersSeconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("export answered HTTP " + response.statusCode());
            }
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
                for (int read; (read = body.read(buffer)) > 0; ) {
                    out.write(buffer, 0, read);
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        lines += buffer[i] == '\n' ? 1 : 0;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("export still running after " + TIME_LIMIT + "; gave up");
                    }
                }
            }
        } finally {
            peakHeap.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("export %s: headers after %.2f s, complete after %.1f s; %,d bytes (%.1f MB/s), "
                        + "%,d lines; server heap used, largest sample: %.0f MiB%n", args[2], headersSeconds, seconds,
                bytes, bytes / seconds / 1e6, lines, peakHeap.mebibytes());
        MachineReport.printLoad("after");
    }
}
