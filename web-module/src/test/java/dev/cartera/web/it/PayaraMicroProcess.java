package dev.cartera.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro started the way the Arquillian container starts one (the JVM options and Micro options that
 * {@link ItEnvironment} prepared), deploying one WAR at the root context, on a free loopback port.
 */
final class PayaraMicroProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);

    private final Process process;
    private final URL base;
    private final Thread killOnExit;

    private PayaraMicroProcess(Process process, URL base) {
        this.process = process;
        this.base = base;
        // a run aborted before the root store closes must not leave a server holding the port and the database
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    static PayaraMicroProcess start(Path war, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(words(System.getProperty("payara.cmdOptions")));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", war.toString(),
                "--port", String.valueOf(port)));
        command.addAll(words(System.getProperty("payara.extraMicroOptions")));
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PayaraMicroProcess server = new PayaraMicroProcess(process, URI.create("http://127.0.0.1:" + port + "/").toURL());
        try {
            server.awaitReady(log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    URL base() {
        return base;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, on a process already gone
        }
    }

    /** Micro logs "ready in" once its deployments are done; the WAR answering its public JWKS proves it is up. */
    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains(" ready in ")) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ", see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Micro not ready within " + STARTUP_TIMEOUT + ", see " + log);
            }
            Thread.sleep(250);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> jwks = http.send(HttpRequest.newBuilder(URI.create(base + "api/auth/jwks.json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            if (jwks.statusCode() != 200) {
                throw new IllegalStateException("the WAR did not deploy (JWKS answered " + jwks.statusCode()
                        + "), see " + log);
            }
        }
    }

    private static List<String> words(String line) {
        return line == null || line.isBlank() ? List.of() : Arrays.asList(line.trim().split("\\s+"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Payara Micro at " + base;
    }
}
