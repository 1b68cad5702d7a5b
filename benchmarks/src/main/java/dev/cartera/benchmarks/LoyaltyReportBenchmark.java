package dev.cartera.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loyalty report of one month on a running server: {@code POST /api/reports/loyalty?month=...} (the first
 * generation, or an existing report), then {@code runs} regenerations ({@code regenerate=true}, the same work
 * again with a warm JIT), each timed from the request to the answer (the request waits for the file), with the
 * server's heap polled meanwhile; then the file is downloaded and its SHA-256 checked against the report's.
 *
 * <p>The heap figure is the largest used heap of the server's own {@code /metrics} ({@link ServerHeapPeak}), polled
 * every {@value ServerHeapPeak#POLL_MILLIS} ms: garbage included. The server's GC log gives the live heap.
 *
 * <p>Arguments: base URL, an admin's user name, the month ({@code yyyy-MM}) and the number of regenerations;
 * the password comes from {@code CARTERA_BENCH_PASSWORD}.
 */
public final class LoyaltyReportBenchmark {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(20);
    private static final String USAGE = "LoyaltyReportBenchmark <base URL> <admin username> <yyyy-MM> <regenerations>";
    private static final Pattern FIELD = Pattern.compile("\"(rowCount|total|sizeBytes|sha256|status)\"\\s*:\\s*\"?([^,\"}]+)");

    private LoyaltyReportBenchmark() {
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
        String month = args[2];
        String sha256 = generate(client, token, month, false);
        for (int run = 1; run <= Integer.parseInt(args[3]); run++) {
            sha256 = generate(client, token, month, true);
        }
        download(client, token, month, sha256);
        MachineReport.printLoad("after");
    }

    private static String generate(BenchHttp client, String token, String month, boolean regenerate) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(client.base.resolve("/api/reports/loyalty?month=" + month
                        + (regenerate ? "&regenerate=true" : "")))
                .header("Authorization", "Bearer " + token).timeout(TIME_LIMIT)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        long start = System.nanoTime();
        try (ServerHeapPeak peakHeap = new ServerHeapPeak(client)) {
            response = client.http.send(post, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("POST answered HTTP " + response.statusCode() + ": " + response.body());
            }
            System.out.printf("%s %s: HTTP %d after %.1f s; rows %s, total %s COP, %s bytes; server heap used, "
                            + "largest sample: %.0f MiB%n", regenerate ? "regenerate" : "generate", month,
                    response.statusCode(), seconds, field(response.body(), "rowCount"), field(response.body(), "total"),
                    field(response.body(), "sizeBytes"), peakHeap.mebibytes());
        }
        return field(response.body(), "sha256");
    }

    private static void download(BenchHttp client, String token, String month, String sha256) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(client.base.resolve("/api/reports/loyalty/" + month + ".xlsx"))
                .header("Authorization", "Bearer " + token).timeout(TIME_LIMIT).build();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        long bytes = 0;
        HttpResponse<InputStream> response = client.http.send(get, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
                bytes += read;
            }
        }
        String downloaded = HexFormat.of().formatHex(digest.digest());
        System.out.printf("download: HTTP %d, %,d bytes in %.2f s, SHA-256 %s the report's%n", response.statusCode(),
                bytes, (System.nanoTime() - start) / 1e9, downloaded.equals(sha256) ? "equal to" : "DIFFERENT from");
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2).trim();
            }
        }
        return "?";
    }
}
