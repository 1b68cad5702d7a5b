package dev.cartera.customers.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The life cycle every format shares: rows, then one finish, then close; anything else is a caller bug. */
abstract class StreamingExportWriter implements CustomerExportWriter {

    private boolean finished;
    private boolean closed;

    @Override
    public final void write(CustomerExportRow row) throws IOException {
        Objects.requireNonNull(row, "row");
        requireOpen();
        writeRow(row);
    }

    @Override
    public final void finish() throws IOException {
        requireOpen();
        // set first: a failed trailer must not be retried onto a half-written stream
        finished = true;
        writeTrailer();
    }

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            release();
        }
    }

    protected abstract void writeRow(CustomerExportRow row) throws IOException;

    /** Completes and flushes the output. */
    protected abstract void writeTrailer() throws IOException;

    /** Frees resources; must not close the caller's stream. */
    protected void release() throws IOException {
    }

    /** A buffered UTF-8 writer over the caller's stream, so text formats do not hit it once per value. */
    static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the export writer is closed");
        }
        if (finished) {
            throw new IllegalStateException("the export is already finished");
        }
    }
}
