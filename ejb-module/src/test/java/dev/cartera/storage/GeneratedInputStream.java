package dev.cartera.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Pseudo-random bytes made on the fly, so that tests can upload many megabytes without a big array;
 * the same seed and size always give the same bytes. It can also fail part way, like a dropped upload.
 */
final class GeneratedInputStream extends InputStream {

    private final long size;
    private final long failAfter;
    private long position;
    private long state;

    private GeneratedInputStream(long size, long seed, long failAfter) {
        this.size = size;
        this.failAfter = failAfter;
        this.state = seed | 1; // xorshift never leaves zero
    }

    static GeneratedInputStream of(long size, long seed) {
        return new GeneratedInputStream(size, seed, Long.MAX_VALUE);
    }

    /** Throws an IOException once {@code failAfter} bytes have been read. */
    static GeneratedInputStream failingAfter(long failAfter, long size, long seed) {
        return new GeneratedInputStream(size, seed, failAfter);
    }

    /** The SHA-256 of what {@link #of} gives for the same size and seed. */
    static String sha256Of(long size, long seed) throws IOException {
        return sha256(of(size, seed));
    }

    /** Reads {@code in} to its end, a buffer at a time, and closes it. */
    static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (digesting.read(buffer) >= 0) {
                // the digest sees every byte as it passes
            }
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= failAfter) {
            throw new IOException("simulated failure after " + position + " bytes");
        }
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, Math.min(size, failAfter) - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = nextByte();
        }
        position += count;
        return count;
    }

    private byte nextByte() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (byte) state;
    }
}
