package dev.cartera.web.it;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/** The one shared Payara Micro running at a time, and the configuration it runs. */
final class PayaraMicroTurn implements AutoCloseable {

    private Class<? extends ServerConfiguration> configuration;
    private PayaraMicroProcess server;

    synchronized URL serverOf(Class<? extends ServerConfiguration> wanted) throws Exception {
        if (wanted.equals(configuration) && server.isAlive()) {
            return server.base();
        }
        close();
        Path war = warFolder(wanted).resolve("ROOT.war");
        configuration(wanted).archive().as(ZipExporter.class).exportTo(war.toFile(), true);
        server = PayaraMicroProcess.start(war, warFolder(wanted).resolve("server.log"));
        configuration = wanted;
        return server.base();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
            configuration = null;
        }
    }

    /** Configurations may be nested in their test class, which is not public: hence setAccessible. */
    private static ServerConfiguration configuration(Class<? extends ServerConfiguration> type) throws Exception {
        Constructor<? extends ServerConfiguration> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Path warFolder(Class<? extends ServerConfiguration> configuration) throws IOException {
        Path folder = ItEnvironment.dataDir().getParent().resolve("servers").resolve(configuration.getName());
        return Files.createDirectories(folder);
    }
}
