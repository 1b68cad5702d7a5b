package dev.cartera.benchmarks;

import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import dev.cartera.storage.FileSystemBlobStore;
import dev.cartera.storage.S3BlobStore;
import dev.cartera.storage.S3Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams generated objects through both {@link BlobStore} adapters, put then get, and checks every byte
 * came back (SHA-256). Run it with a heap far smaller than the objects: that it finishes at all shows no
 * adapter holds an object whole, and {@link HeapWatch} shows the live heap stays the same at 64 and 256 MiB.
 * Not JMH: one transfer takes seconds, so JMH's repetition would only multiply the disk traffic.
 *
 * <p>Arguments: object sizes in MiB (default {@code 64 256}). Each transfer runs {@value #REPEATS} times; the
 * table gives the median and the range, because one run on a shared machine says little.
 */
public final class BlobStreamingBenchmark {

    private static final long MIB = 1024 * 1024;
    /** Above the multipart threshold, so the warm-up compiles the same code paths as the measured runs. */
    private static final long WARM_UP_BYTES = 24 * MIB;
    private static final long SEED = 42;
    private static final int REPEATS = 3;
    private static final String CONTENT_TYPE = "application/octet-stream";

    private enum Length { KNOWN, UNKNOWN }

    private record Transfer(long putNanos, long getNanos) {
    }

    private BlobStreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = args.length == 0
                ? List.of(64 * MIB, 256 * MIB)
                : Arrays.stream(args).map(mib -> Long.parseLong(mib) * MIB).toList();
        MachineReport.print();
        Path workDir = Files.createTempDirectory("cartera-blob-benchmark");
        try (LoopbackS3Server s3 = LoopbackS3Server.start(workDir.resolve("s3proxy"));
             S3BlobStore s3Store = s3Store(s3);
             HeapWatch heap = new HeapWatch()) {
            Map<String, BlobStore> stores = new LinkedHashMap<>();
            stores.put("FileSystemBlobStore", new FileSystemBlobStore(workDir.resolve("filesystem")));
            stores.put("S3BlobStore + s3proxy", s3Store);
            warmUp(stores.values());
            run(stores, sizes, heap);
        } finally {
            TempFiles.deleteRecursively(workDir);
        }
        MachineReport.printLoad("after");
    }

    private static S3BlobStore s3Store(LoopbackS3Server s3) {
        CarteraDefaults defaults = CarteraDefaults.load();
        S3Settings settings = s3.settings("cartera-benchmark",
                defaults.longInteger("cartera.storage.s3.multipart-threshold"),
                defaults.integer("cartera.storage.s3.part-size"));
        System.out.println("S3 settings: " + settings);
        S3BlobStore store = new S3BlobStore(settings.newClient(), settings);
        store.checkReady(); // creates the bucket
        return store;
    }

    private static void warmUp(Iterable<BlobStore> stores) throws Exception {
        String expected = Sha256.of(new GeneratedContent(WARM_UP_BYTES, SEED)).hex();
        for (BlobStore store : stores) {
            for (Length length : Length.values()) {
                transfer(store, WARM_UP_BYTES, length, expected);
            }
        }
    }

    private static void run(Map<String, BlobStore> stores, List<Long> sizes, HeapWatch heap) throws Exception {
        List<String> heapRows = new ArrayList<>();
        System.out.println();
        System.out.println("| store | object | length | put MB/s, median (min-max) | get + SHA-256 MB/s, median (min-max) |");
        System.out.println("|---|---|---|---|---|");
        for (long size : sizes) {
            long start = System.nanoTime();
            String expected = Sha256.of(new GeneratedContent(size, SEED)).hex();
            System.out.println(row("(source: generate + SHA-256 only)", size, "-", "-",
                    megabytesPerSecond(size, System.nanoTime() - start)));
            for (Map.Entry<String, BlobStore> store : stores.entrySet()) {
                heap.restart();
                for (Length length : Length.values()) {
                    List<Transfer> transfers = new ArrayList<>();
                    for (int i = 0; i < REPEATS; i++) {
                        transfers.add(transfer(store.getValue(), size, length, expected));
                    }
                    System.out.println(row(store.getKey(), size, length.name().toLowerCase(Locale.ROOT),
                            rates(size, transfers.stream().mapToLong(Transfer::putNanos).toArray()),
                            rates(size, transfers.stream().mapToLong(Transfer::getNanos).toArray())));
                }
                HeapWatch.Figures figures = heap.figures();
                heapRows.add(String.format(Locale.ROOT, "| %s | %d MiB | %.1f MiB | %.1f MiB | %d |",
                        store.getKey(), size / MIB, (double) figures.largestLiveBytes() / MIB,
                        (double) figures.poolPeaksBytes() / MIB, figures.collections()));
            }
        }
        System.out.println();
        System.out.println("| store | object | largest heap after a GC | heap pools' peaks (garbage included) | GCs |");
        System.out.println("|---|---|---|---|---|");
        heapRows.forEach(System.out::println);
    }

    /** Puts {@code size} generated bytes, reads them back and checks them; leaves nothing in the store. */
    private static Transfer transfer(BlobStore store, long size, Length length, String expectedSha256)
            throws Exception {
        String key = "benchmark/" + size + "-" + length.name().toLowerCase(Locale.ROOT) + ".bin";
        long announced = length == Length.KNOWN ? size : BlobStore.UNKNOWN_LENGTH;
        long start = System.nanoTime();
        store.put(key, new GeneratedContent(size, SEED), announced, CONTENT_TYPE);
        long putNanos = System.nanoTime() - start;

        start = System.nanoTime();
        Sha256.Digest readBack;
        try (Blob blob = store.get(key).orElseThrow(() -> new IllegalStateException(key + " vanished"))) {
            readBack = Sha256.of(blob.content());
        }
        long getNanos = System.nanoTime() - start;
        store.delete(key);

        if (readBack.bytes() != size || !readBack.hex().equals(expectedSha256)) {
            throw new IllegalStateException(store + " gave back " + readBack.bytes() + " bytes with SHA-256 "
                    + readBack.hex() + " for " + size + " bytes with SHA-256 " + expectedSha256);
        }
        return new Transfer(putNanos, getNanos);
    }

    /** The median rate and the range, e.g. {@code 52 (48-55)}. */
    private static String rates(long bytes, long[] nanos) {
        double[] rates = Arrays.stream(nanos).mapToDouble(n -> bytes / 1e6 / (n / 1e9)).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", rates[rates.length / 2], rates[0], rates[rates.length - 1]);
    }

    private static String megabytesPerSecond(long bytes, long nanos) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1e6 / (nanos / 1e9));
    }

    private static String row(String store, long size, String length, String put, String get) {
        return "| " + store + " | " + size / MIB + " MiB | " + length + " | " + put + " | " + get + " |";
    }
}
