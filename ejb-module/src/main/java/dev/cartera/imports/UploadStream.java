package dev.cartera.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload on its way to the blob store: counts and hashes what passes, and stops with {@link TooLarge} at the
 * first byte over the maximum, so the rest of an oversized upload is never read.
 */
final class UploadStream extends FilterInputStream {

    /** Thrown from a read once more than the maximum has come through. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("upload over the maximum size");
        }
    }

    private final long maxBytes;
    private final MessageDigest digest;
    private long count;

    UploadStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, maxBytes + 1 - count));
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                throw new TooLarge();
            }
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0;
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
