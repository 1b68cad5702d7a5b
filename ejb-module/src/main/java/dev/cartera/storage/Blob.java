package dev.cartera.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** An object read from a {@link BlobStore}: what is known about it, and its content as an open stream. */
public record Blob(BlobMetadata metadata, InputStream content) implements Closeable {

    /** Releases the file or the HTTP connection behind the content. */
    @Override
    public void close() throws IOException {
        content.close();
    }
}
