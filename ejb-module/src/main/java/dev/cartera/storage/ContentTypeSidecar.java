package dev.cartera.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The small properties file in which {@link FileSystemBlobStore} keeps what a file cannot tell: its content type. */
final class ContentTypeSidecar {

    private static final String CONTENT_TYPE = "contentType";

    private ContentTypeSidecar() {
    }

    static void write(Path file, String contentType) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(CONTENT_TYPE, contentType);
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, null);
        }
    }

    /** @return empty when there is no sidecar (an object copied into the tree by hand) */
    static Optional<String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty(CONTENT_TYPE));
    }
}
