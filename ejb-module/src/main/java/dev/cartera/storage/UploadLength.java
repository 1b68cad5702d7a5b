package dev.cartera.storage;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The rules for the {@code length} argument of {@link BlobStore#put}, shared by the adapters. */
final class UploadLength {

    private UploadLength() {
    }

    static void requireValid(long length) {
        if (length < 0 && length != BlobStore.UNKNOWN_LENGTH) {
            throw new IllegalArgumentException("A blob length is a byte count or UNKNOWN_LENGTH (-1), not " + length);
        }
    }

    /** Fails the upload when the stream ended before the length its caller announced. */
    static void requireComplete(long length, long received) {
        if (length != BlobStore.UNKNOWN_LENGTH && received != length) {
            throw new BlobStoreException("The content ended after " + received + " of the " + length
                    + " bytes announced");
        }
    }

    /**
     * The same rule, enforced while a client library reads the stream: the AWS SDK reports a short stream
     * with an IllegalStateException, which would escape as if it were a bug of ours.
     */
    static InputStream requireComplete(InputStream content, long length) {
        return new FilterInputStream(content) {
            private long received;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int wanted) throws IOException {
                int read = super.read(buffer, offset, wanted);
                count(read);
                return read;
            }

            private void count(int read) throws IOException {
                if (read >= 0) {
                    received += read;
                } else if (received < length) {
                    throw new EOFException("The content ended after " + received + " of the " + length
                            + " bytes announced");
                }
            }
        };
    }
}
