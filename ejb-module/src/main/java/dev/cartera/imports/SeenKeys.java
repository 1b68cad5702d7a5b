package dev.cartera.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;

/**
 * The natural keys met so far in one file, each with the row that first had it, for
 * {@link ValidationCode#DUPLICATE_IN_FILE}. Keys are kept as 64-bit hashes in open-addressing arrays: 12 bytes
 * per distinct key (a million-row file needs about 24 MB at worst), not a String per row.
 */
public final class SeenKeys {

    private long[] hashes = new long[1024];
    private long[] rows = new long[1024];
    private int size;

    /** @return the row that first had this key, or 0 when it is new (and is now remembered for this row) */
    public long putIfAbsent(String key, long row) {
        long hash = hash(key);
        if (hash == 0) {
            hash = 1;
        }
        if (size * 2 >= hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = hash;
                rows[i] = row;
                size++;
                return 0;
            }
            if (hashes[i] == hash) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new long[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = (int) (oldHashes[j] ^ (oldHashes[j] >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                rows[i] = oldRows[j];
            }
        }
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
