package dev.cartera.web.cluster;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cluster {@code scripts/cluster-on-loopback.sh} runs, driven by the test through the same script an operator
 * uses, and what its files and processes show: the instances' logs and grid configuration, the sockets they listen
 * on, the objects in the bucket.
 */
final class LoopbackCluster {

    private static final Pattern GRID = Pattern.compile("<hazelcast-runtime-configuration[^>]*>");

    private final Path repo = Path.of(System.getProperty("cartera.repo.dir")).toAbsolutePath().normalize();
    private final Path dir = Path.of(System.getProperty("cartera.it.dir")).toAbsolutePath().resolve("cluster");
    private final Map<String, String> environment = new HashMap<>();
    private final String adminPassword = ItEnvironment.randomSecret();
    private final int base;
    private int scriptRuns;

    private LoopbackCluster(Map<String, String> settings) {
        this.base = freePortBase();
        environment.putAll(settings);
        environment.put("CLUSTER_DIR", dir.toString());
        environment.put("CLUSTER_PORT_BASE", String.valueOf(base));
        environment.put("CARTERA_ADMIN_PASSWORD", adminPassword);
        environment.put("CARTERA_DEMO_DATA_FIRST_START_CUSTOMERS", "0");
    }

    /** The database, the bucket and both instances, each once ready; the settings reach both instances. */
    static LoopbackCluster up(Map<String, String> settings) throws IOException, InterruptedException {
        LoopbackCluster cluster = new LoopbackCluster(settings);
        ItEnvironment.deleteRecursively(cluster.dir);
        ItEnvironment.deleteRecursively(cluster.dir.resolveSibling("cluster-scripts"));
        Files.createDirectories(cluster.dir);
        try {
            cluster.script("up");
        } catch (AssertionError | IOException | InterruptedException e) {
            cluster.down();
            throw e;
        }
        return cluster;
    }

    /**
     * Stops everything and removes what takes the room: the runtimes the instances unpacked (about 450 MB each)
     * and the database (about 900 MB after the tests' imports). The logs stay.
     */
    void down() throws IOException, InterruptedException {
        script("down");
        ItEnvironment.deleteRecursively(dir.resolve("database"));
        ItEnvironment.deleteRecursively(dir.resolve("a").resolve("payara"));
        ItEnvironment.deleteRecursively(dir.resolve("b").resolve("payara"));
    }

    void kill(String instance) throws IOException, InterruptedException {
        script("kill", instance);
    }

    void start(String instance) throws IOException, InterruptedException {
        script("start", instance);
    }

    Api api(String instance) {
        try {
            return new Api(URI.create("http://127.0.0.1:" + httpPort(instance) + "/").toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    String adminPassword() {
        return adminPassword;
    }

    int httpPort(String instance) {
        return base + ("a".equals(instance) ? 10 : 11);
    }

    int clusterPort(String instance) {
        return base + ("a".equals(instance) ? 20 : 21);
    }

    /** The instance's (latest) log. */
    String log(String instance) {
        return read(dir.resolve(instance + ".log"));
    }

    /** The data grid element of the domain.xml Payara Micro wrote for the instance. */
    String gridConfiguration(String instance) {
        Matcher grid = GRID.matcher(read(dir.resolve(instance).resolve("payara/config/domain.xml")));
        if (!grid.find()) {
            throw new AssertionError("no hazelcast-runtime-configuration in " + instance + "'s domain.xml");
        }
        return grid.group();
    }

    /** The addresses (ip:port) the process listens on for TCP, read from /proc. */
    List<String> listeningSockets(String process) throws IOException {
        long pid = Long.parseLong(read(dir.resolve(process + ".pid")).strip());
        return ListeningSockets.of(pid);
    }

    /** The keys of the bucket's objects under a prefix. */
    List<String> objectsUnder(String prefix) throws IOException {
        Path bucket = dir.resolve("objects/cartera");
        Path under = bucket.resolve(prefix);
        if (!Files.isDirectory(under)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(under)) {
            return files.filter(Files::isRegularFile).map(file -> bucket.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private void script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", repo.resolve("scripts/cluster-on-loopback.sh").toString()));
        command.addAll(List.of(arguments));
        Path output = dir.resolveSibling("cluster-scripts").resolve((++scriptRuns) + "-" + arguments[0] + ".log");
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cluster-on-loopback.sh " + String.join(" ", arguments) + " ran for 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("cluster-on-loopback.sh " + String.join(" ", arguments) + " exited with "
                    + process.exitValue() + ": " + read(output));
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base the script's six ports (base, +1, +10, +11, +20, +21) are free from. */
    private static int freePortBase() {
        SplittableRandom random = new SplittableRandom();
        for (int attempt = 0; attempt < 50; attempt++) {
            // below Linux's ephemeral ports (32768-60999): a port checked free there can be taken by an outgoing
            // connection before the instance binds it (seen: instance b's HTTP port, "Address already in use")
            int base = 20_000 + random.nextInt(12_000);
            if (Stream.of(0, 1, 10, 11, 20, 21).allMatch(offset -> free(base + offset))) {
                return base;
            }
        }
        throw new IllegalStateException("no free range of loopback ports for the cluster");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "the loopback cluster in " + dir + " from port " + base;
    }
}
