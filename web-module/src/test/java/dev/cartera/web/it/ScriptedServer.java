package dev.cartera.web.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server as an operator starts it: {@code run.sh} on a data directory of the test's own, with the environment
 * the test gives, on a free loopback port kept across restarts. For tests about what survives a restart or what
 * one start's configuration does.
 */
public final class ScriptedServer implements AutoCloseable {

    private final Path repo = Path.of(System.getProperty("cartera.repo.dir")).toAbsolutePath().normalize();
    private final Path work;
    private final int port;
    private Process process;
    private int runs;

    public ScriptedServer(String name) throws IOException {
        this.work = Path.of(System.getProperty("cartera.it.dir")).toAbsolutePath().resolve(name);
        ItEnvironment.deleteRecursively(work);
        Files.createDirectories(work);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public Path work() {
        return work;
    }

    /** The log of the latest start. */
    public Path log() {
        return work.resolve("run-" + runs + ".log");
    }

    public Api start(Map<String, String> environment) throws IOException, InterruptedException {
        process = launch(environment);
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        awaitReady(base);
        return new Api(base);
    }

    /** A start that the configuration refuses: run.sh's exit value, its reason in {@link #log()}. */
    public int startRefused(Map<String, String> environment) throws IOException, InterruptedException {
        Process refused = launch(environment);
        if (!refused.waitFor(1, TimeUnit.MINUTES)) {
            refused.destroyForcibly().waitFor();
            throw new AssertionError("run.sh was not refused within a minute; see " + log());
        }
        return refused.exitValue();
    }

    private Process launch(Map<String, String> environment) throws IOException {
        runs++;
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("run.sh").toString())
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("CARTERA_HTTP_PORT", String.valueOf(port));
        builder.environment().put("CARTERA_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CARTERA_SKIP_BUILD", "true");
        builder.environment().put("CARTERA_DEMO_DATA_FIRST_START_CUSTOMERS", "0");
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + work);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitReady(URL base) throws InterruptedException {
        // HTTP/1.1 and a connect timeout: the default client's h2c upgrade attempt can hang on a server that is starting
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("run.sh exited with " + process.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<Void> response = client.sendAsync(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .get(10, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready; see " + log());
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Stops the server and removes the runtime run.sh unpacked (about 450 MB); the logs and the data stay. */
    @Override
    public void close() throws InterruptedException {
        stop();
        ItEnvironment.deleteRecursively(work.resolve("data").resolve("payara-runtime"));
    }
}
