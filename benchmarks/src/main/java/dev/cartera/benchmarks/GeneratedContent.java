package dev.cartera.benchmarks;

import java.io.InputStream;
import java.util.Random;

/**
 * A stream of {@code size} pseudo-random bytes that never exists whole in memory: it repeats one small
 * random pattern. Copying the pattern costs far less than computing bytes, so the source does not slow the
 * store being measured. The pattern's length divides no part size, so no two parts of an upload are alike
 * and parts stored out of order would change the checksum.
 */
final class GeneratedContent extends InputStream {

    /** Just over 1 MiB, and not a power of two. */
    private static final int PATTERN_BYTES = 1_048_583;

    private final byte[] pattern;
    private final long size;
    private long position;

    GeneratedContent(long size, long seed) {
        this.size = size;
        this.pattern = new byte[PATTERN_BYTES];
        new Random(seed).nextBytes(pattern);
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        return pattern[(int) (position++ % PATTERN_BYTES)] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int wanted = (int) Math.min(length, size - position);
        int copied = 0;
        while (copied < wanted) {
            int from = (int) (position % PATTERN_BYTES);
            int chunk = Math.min(wanted - copied, PATTERN_BYTES - from);
            System.arraycopy(pattern, from, buffer, offset + copied, chunk);
            copied += chunk;
            position += chunk;
        }
        return copied;
    }
}
