package dev.cartera.customers.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exports many generated customers to a stream that only counts bytes, and checks the live heap after 10,000
 * rows and after 100,000 rows is about the same: memory must not grow with the row count (the real export
 * is a million rows). Live heap is measured after a full collection, so garbage does not count. The bound
 * catches anything that keeps 90 bytes or more per row, far less than a row holds; more rows would only make
 * the test slower (XLSX takes several seconds per 100,000 rows on a busy 2-core machine).
 */
class StreamingMemoryTest {

    private static final int EARLY_ROWS = 10_000;
    private static final int TOTAL_ROWS = 100_000;
    private static final long ALLOWED_GROWTH_BYTES = 8L * 1024 * 1024;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void heapDoesNotGrowWithTheRowCount(ExportFormat format) throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        long started = System.nanoTime();
        long early;
        long late;
        long finishing;
        try (CustomerExportWriter writer = format.writerFor(out)) {
            for (long n = 1; n <= EARLY_ROWS; n++) {
                writer.write(ExportSamples.generated(n));
            }
            early = liveHeap();
            for (long n = EARLY_ROWS + 1; n <= TOTAL_ROWS; n++) {
                writer.write(ExportSamples.generated(n));
            }
            late = liveHeap();
            finishing = System.nanoTime();
            writer.finish();
        }
        long ended = System.nanoTime();

        System.out.printf("%s: %,d rows, %,d bytes in %,d ms (finish %,d ms); live heap %,d KiB after %,d rows,"
                        + " %,d KiB after %,d%n", format, TOTAL_ROWS, out.count, (ended - started) / 1_000_000,
                (ended - finishing) / 1_000_000, early / 1024, EARLY_ROWS, late / 1024, TOTAL_ROWS);
        assertTrue(out.count > TOTAL_ROWS * 50L, "every row was written: " + out.count + " bytes");
        assertTrue(late - early < ALLOWED_GROWTH_BYTES,
                format + " heap grew by " + (late - early) / 1024 + " KiB between " + EARLY_ROWS + " and "
                        + TOTAL_ROWS + " rows");
    }

    private static long liveHeap() {
        // a second collection catches what finalisation-like cleanups released during the first
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Discards the bytes, so the test measures the writer, not a buffer holding its output. */
    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
