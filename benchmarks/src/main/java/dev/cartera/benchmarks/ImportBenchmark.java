package dev.cartera.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a customers CSV end to end ({@code POST /api/imports}, mode apply), polls the job until it ends and
 * reports rows per second from the upload's start to the job's end, and the largest used heap
 * the server's own {@code /metrics} reported, polled every {@value ServerHeapPeak#POLL_MILLIS} ms meanwhile.
 */
public final class ImportBenchmark {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(60);
    private static final String USAGE = "ImportBenchmark <base URL> <username> <file.csv>";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 3) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        MachineReport.print();
        BenchHttp client = new BenchHttp(URI.create(args[0]), TIME_LIMIT);
        String token = client.token(args[1], password);
        Path file = Path.of(args[2]);

        ServerHeapPeak peakHeap = new ServerHeapPeak(client);
        long start = System.nanoTime();
        String job;
        double uploadSeconds;
        try {
            String boundary = "bench" + UUID.randomUUID();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\ncustomers\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\napply\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n";
            HttpRequest upload = HttpRequest.newBuilder(client.base.resolve("/api/imports"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(TIME_LIMIT)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                    .build();
            HttpResponse<String> accepted = client.http.send(upload, HttpResponse.BodyHandlers.ofString());
            uploadSeconds = (System.nanoTime() - start) / 1e9;
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("upload answered HTTP " + accepted.statusCode() + ": " + accepted.body());
            }
            String id = field(accepted.body(), "id");
            long deadline = start + TIME_LIMIT.toNanos();
            long loggedIn = System.nanoTime();
            while (true) {
                if (System.nanoTime() - loggedIn > Duration.ofMinutes(10).toNanos()) { // tokens last 15 minutes
                    token = client.token(args[1], password);
                    loggedIn = System.nanoTime();
                }
                Thread.sleep(500);
                HttpRequest get = HttpRequest.newBuilder(client.base.resolve("/api/imports/" + id))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30)).build();
                job = client.http.send(get, HttpResponse.BodyHandlers.ofString()).body();
                if (!List.of("QUEUED", "RUNNING").contains(field(job, "status"))) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("import still running after " + TIME_LIMIT + "; gave up");
                }
            }
        } finally {
            peakHeap.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long read = Long.parseLong(number(job, "read"));
        System.out.println(job);
        System.out.printf("import of %,d rows: status %s, upload %.1f s, end to end %.1f s = %,.0f rows/s; "
                + "server heap used, largest sample: %.0f MiB%n", read, field(job, "status"), uploadSeconds, seconds,
                read / seconds, peakHeap.mebibytes());
        MachineReport.printLoad("after");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static String number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
