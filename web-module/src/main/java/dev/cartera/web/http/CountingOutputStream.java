package dev.cartera.web.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes every byte on and counts them: how much of a download reached the client. */
final class CountingOutputStream extends FilterOutputStream {

    private long bytes;

    CountingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        bytes += len;
    }

    long bytes() {
        return bytes;
    }
}
