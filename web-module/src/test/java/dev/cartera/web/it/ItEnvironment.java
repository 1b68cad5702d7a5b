package dev.cartera.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the integration-test run before Arquillian reads its configuration: a fresh data directory, a
 * fresh H2 database with a generated password, a generated admin password, and the Payara Micro options
 * that carry them. Only acts under failsafe (which sets {@code payara.microJar}).
 */
public class ItEnvironment implements LauncherSessionListener {

    static final String ADMIN_PASSWORD = "cartera.it.admin-password";
    static final String DATA_DIR = "cartera.it.data-dir";
    static final String METRICS_PASSWORD = "cartera.it.metrics-password";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null || System.getProperty(DATA_DIR) != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("cartera.it.dir", "target/it")).toAbsolutePath().resolve("data");
        deleteRecursively(dataDir);
        try {
            Files.createDirectories(dataDir.getParent().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String adminPassword = randomSecret();
        System.setProperty(DATA_DIR, dataDir.toString());
        System.setProperty(ADMIN_PASSWORD, adminPassword);
        System.setProperty(METRICS_PASSWORD, randomSecret());
        System.setProperty("payara.cmdOptions", String.join(" ", serverOptions(dataDir, adminPassword)));
        System.setProperty("payara.extraMicroOptions", "--nocluster --postbootcommandfile "
                + Path.of(System.getProperty("cartera.post-boot.h2")).toAbsolutePath());
    }

    /** The JVM options that configure a server the way run.sh does, for a data directory. */
    public static String[] serverOptions(Path dataDir, String adminPassword) {
        return new String[] {
                "-Duser.timezone=UTC",
                "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-Djava.io.tmpdir=" + dataDir.getParent().resolve("tmp"),
                "-Dcartera.data-dir=" + dataDir,
                "-Dcartera.db.url=jdbc:h2:file:" + dataDir.resolve("db/cartera") + ";MODE=MSSQLServer",
                "-Dcartera.db.user=cartera",
                "-Dcartera.db.password=" + randomSecret(),
                "-Dcartera.admin.password=" + adminPassword,
                "-Dcartera.metrics.password=" + System.getProperty(METRICS_PASSWORD, randomSecret())};
    }

    public static Path dataDir() {
        return Path.of(System.getProperty(DATA_DIR));
    }

    public static String adminPassword() {
        return System.getProperty(ADMIN_PASSWORD);
    }

    /** The scrape password of /metrics on the servers the tests share. */
    public static String metricsPassword() {
        return System.getProperty(METRICS_PASSWORD);
    }

    public static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
