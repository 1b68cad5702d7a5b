package dev.cartera.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** The one buffer a streamed S3 upload reuses for every part: how much to put in it, and a re-readable view of it. */
final class PartBuffer {

    private PartBuffer() {
    }

    /** How many bytes the next part should hold: a full buffer, or what is left of a known length. */
    static int nextPartLength(byte[] buffer, long length, long alreadySent) {
        return length == BlobStore.UNKNOWN_LENGTH
                ? buffer.length
                : (int) Math.min(buffer.length, length - alreadySent);
    }

    /** A fresh view of the filled part of the buffer, so that the SDK can send it again when it retries. */
    static InputStream streamOf(byte[] buffer, int length) {
        return new ByteArrayInputStream(buffer, 0, length);
    }
}
