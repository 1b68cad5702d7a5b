package dev.cartera.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum that proves a blob came back byte for byte, computed as the bytes stream past. */
final class Sha256 {

    private static final int BUFFER_BYTES = 64 * 1024;

    private Sha256() {
    }

    /** The digest and the byte count of everything left in {@code in}; does not close it. */
    static Digest of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, read);
            total += read;
        }
        return new Digest(HexFormat.of().formatHex(digest.digest()), total);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    record Digest(String hex, long bytes) {
    }
}
