package dev.cartera.benchmarks;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The database dump ({@code GET /api/dump.sql}) of a running server, at the size the issue names: first fills the
 * server up to {@code pets} pets and {@code pictures} pictures of about 1 MB (PNG noise, which does not compress,
 * so the original and its PNG rendition are both about 1 MB), through the API; then downloads the dump, counting
 * bytes without keeping them, while {@code jstat} samples the server's heap every 200 ms.
 *
 * <p>Arguments: base URL, user name, the server's pid (for jstat), and optionally the pet and picture counts
 * (default 100000 and 1000). The password comes from {@code CARTERA_BENCH_PASSWORD}.
 */
public final class DumpBenchmark {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    private static final Pattern PET_ID = Pattern.compile("\"petId\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final int SIDE = 590;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String loginBody;
    private String token;

    private DumpBenchmark(URI base, String username, String password) {
        this.base = base;
        this.loginBody = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv("CARTERA_BENCH_PASSWORD");
        if (args.length < 3 || password == null) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... DumpBenchmark <base URL> <username> <server pid> [pets] [pictures]");
            System.exit(2);
        }
        int pets = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int pictures = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        MachineReport.print();
        DumpBenchmark benchmark = new DumpBenchmark(URI.create(args[0]), args[1], password);
        benchmark.fill(pets, pictures);
        for (int run = 1; run <= 2; run++) {
            benchmark.dump(args[2], run);
        }
        MachineReport.printLoad("after");
    }

    private void fill(int pets, int pictures) throws Exception {
        login();
        long existing = total();
        long start = System.nanoTime();
        if (existing < pets) {
            AtomicLong next = new AtomicLong(existing);
            runInParallel(4, () -> {
                long n;
                while ((n = next.getAndIncrement()) < pets) {
                    String body = "{\"nome_pet\":\"Pet " + n + "\",\"dono\":\"Owner " + (n % 5000) + "\",\"raca\":\"Breed "
                            + (n % 80) + "\",\"data_nascimento\":" + (1995 + n % 30) + "}";
                    if (n % 20_000 == 0) {
                        login();
                    }
                    expect(201, send(request("/api/pet").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))), "POST /api/pet");
                }
            });
            System.out.printf("registered %d pets in %.0f s%n", pets - existing, (System.nanoTime() - start) / 1e9);
        }
        login();
        List<String> ids = new ArrayList<>();
        for (int page = 0; ids.size() < pictures; page++) {
            Matcher m = PET_ID.matcher(expect(200, send(request("/api/pet?size=500&sort=petId&page=" + page).GET()), "list"));
            boolean any = false;
            while (m.find() && ids.size() < pictures) {
                ids.add(m.group(1));
                any = true;
            }
            if (!any) {
                break;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            HttpResponse<InputStream> head = http.send(request("/api/picture/" + id + ".png").method("HEAD",
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofInputStream());
            head.body().close();
            if (head.statusCode() == 404) {
                missing.add(id);
            }
        }
        start = System.nanoTime();
        AtomicLong cursor = new AtomicLong();
        runInParallel(2, () -> {
            Random random = new Random(Thread.currentThread().getId());
            int i;
            while ((i = (int) cursor.getAndIncrement()) < missing.size()) {
                expect(200, send(request("/api/picture/" + missing.get(i)).header("Content-Type", "image/png")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(noise(random)))), "POST /api/picture");
            }
        });
        System.out.printf("uploaded %d pictures in %.0f s (%d had one)%n", missing.size(), (System.nanoTime() - start) / 1e9,
                ids.size() - missing.size());
    }

    private void dump(String pid, int run) throws Exception {
        login();
        Process jstat = new ProcessBuilder("jstat", "-gc", pid, "200").redirectErrorStream(true).start();
        HeapSamples heap = new HeapSamples();
        Thread sampler = new Thread(() -> heap.read(jstat));
        sampler.start();
        Thread.sleep(500);
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request("/api/dump.sql").GET().timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = response.body()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                bytes += read;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(500);
        jstat.destroy();
        sampler.join();
        System.out.printf("run %d: HTTP %d, %s, %,d bytes in %.1f s = %.1f MB/s; server heap (jstat every 200 ms): "
                        + "peak used %.0f MB (garbage included) of %.0f MB committed, old generation %.0f -> peak %.0f MB, "
                        + "%d young and %d full collections%n",
                run, response.statusCode(), response.headers().firstValue("Transfer-Encoding").orElse("-"), bytes, seconds,
                bytes / 1e6 / seconds, heap.peakUsedKb / 1024.0, heap.capacityKb / 1024.0, heap.firstOldKb / 1024.0,
                heap.peakOldKb / 1024.0, heap.lastYoung - heap.firstYoung, heap.lastFull - heap.firstFull);
    }

    /**
     * What jstat -gc printed (JDK 17 columns: S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC ...): the peak
     * of all heap in use, garbage included; the old generation, where anything the dump kept would pile up; and
     * how many collections ran.
     */
    private static final class HeapSamples {
        volatile double peakUsedKb;
        volatile double capacityKb;
        volatile double firstOldKb = -1;
        volatile double peakOldKb;
        volatile long firstYoung = -1;
        volatile long lastYoung;
        volatile long firstFull = -1;
        volatile long lastFull;

        void read(Process jstat) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 15 || !Character.isDigit(f[0].charAt(0))) {
                        continue;
                    }
                    double old = Double.parseDouble(f[7]);
                    peakUsedKb = Math.max(peakUsedKb, Double.parseDouble(f[2]) + Double.parseDouble(f[3])
                            + Double.parseDouble(f[5]) + old);
                    capacityKb = Math.max(capacityKb, Double.parseDouble(f[0]) + Double.parseDouble(f[1])
                            + Double.parseDouble(f[4]) + Double.parseDouble(f[6]));
                    firstOldKb = firstOldKb < 0 ? old : firstOldKb;
                    peakOldKb = Math.max(peakOldKb, old);
                    lastYoung = Long.parseLong(f[12]);
                    firstYoung = firstYoung < 0 ? lastYoung : firstYoung;
                    lastFull = Long.parseLong(f[14]);
                    firstFull = firstFull < 0 ? lastFull : firstFull;
                }
            } catch (IOException e) {
                // jstat ended
            }
        }
    }

    private static byte[] noise(Random random) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private long total() throws Exception {
        Matcher m = TOTAL.matcher(expect(200, send(request("/api/pet?size=1").GET()), "count"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private synchronized void login() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(loginBody)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(expect(200, response, "login"));
        if (!m.find()) {
            throw new IllegalStateException("no token in the login answer");
        }
        token = m.group(1);
    }

    private synchronized String token() {
        return token;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    private static void runInParallel(int threads, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    job.run();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
