package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes one job on a thread of the managed executor: reads the archived file back from the blob store as a
 * stream, and hands it to {@link ImportChunks} a chunk at a time, each committed on its own. Only one chunk and
 * the keys seen so far are in memory, whatever the file's size.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /** How often a chunk that lost a race with another transaction is run again before the job fails. */
    static final int CHUNK_ATTEMPTS = 5;
    /** How many first rows the column matcher sees the values of. */
    static final int SAMPLE_ROWS = 20;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportChunks chunks;

    @Inject
    Datasets datasets;

    @Inject
    BlobStore blobs;

    @Inject
    ColumnMatching matching;

    @Inject
    @ConfigProperty(name = "cartera.imports.chunk-size", defaultValue = "500")
    int chunkSize;

    public void run(String jobId) {
        try {
            process(jobId);
        } catch (RuntimeException | java.io.IOException e) {
            LOG.log(Level.WARNING, "Import job " + jobId + " failed", e);
            jobs.finish(jobId, JobStatus.FAILED, Message.of("import.job.stopped", describe(e)));
        }
    }

    private void process(String jobId) throws java.io.IOException {
        ImportJob job = jobs.get(jobId);
        ImportDataset<?> dataset = datasets.get(job.dataset());
        Blob blob = blobs.get(job.storageKey()).orElseThrow(() ->
                new IllegalStateException("the archived file " + job.storageKey() + " is missing from the blob store"));
        try (CsvFile csv = CsvFile.open(blob.content())) {
            if (!jobs.start(jobId, csv.charset().name(), CsvDetection.describe(csv.delimiter()))) {
                return;
            }
            SampledRecords records = new SampledRecords(csv.records(), SAMPLE_ROWS);
            ColumnPlan plan = matching.mapper().plan(csv.header(), records.samples(csv.header().size()),
                    dataset.columns(), job.columnRequest().mapping());
            jobs.readColumns(jobId, plan);
            Map<String, Integer> positions = plan.positions(job.usesSuggestions());
            List<String> missing = dataset.missingColumns(positions.keySet());
            if (!missing.isEmpty()) {
                String suggestions = plan.pendingSuggestions();
                jobs.failMissingColumns(jobId, suggestions.isEmpty()
                        ? Message.of("import.job.missingColumns", missing.size(), String.join("; ", missing),
                                expected(dataset), String.join(", ", csv.header()))
                        : Message.of("import.job.missingColumnsSuggested", missing.size(), String.join("; ", missing),
                                expected(dataset), String.join(", ", csv.header()), suggestions));
                return;
            }
            RowReader reader = new RowReader(csv.header(), positions, dataset.columns());
            SeenKeys seen = new SeenKeys();
            List<ImportRow> chunk = new ArrayList<>(chunkSize);
            while (records.hasNext()) {
                chunk.add(reader.read(records.next()));
                if (chunk.size() == chunkSize) {
                    if (!commit(jobId, chunk, seen, percent(csv, job))) {
                        return;
                    }
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty() && !commit(jobId, chunk, seen, percent(csv, job))) {
                return;
            }
            jobs.finish(jobId, JobStatus.SUCCEEDED, null);
        }
    }

    /**
     * Commits a chunk; when it lost a race with another import over the same keys (a row the other inserted
     * first, a row it updated meanwhile), runs it again in a new transaction, where it updates what it meant to
     * insert. Each attempt starts from the rows as read, so no issue is reported twice.
     */
    private boolean commit(String jobId, List<ImportRow> chunk, SeenKeys seen, int progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunks.process(jobId, chunk.stream().map(ImportRow::copy).toList(), seen, progress);
            } catch (RuntimeException e) {
                if (attempt >= CHUNK_ATTEMPTS || !ChunkConflicts.lostRace(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.info(() -> "Import job " + jobId + ": a chunk lost a race with another transaction ("
                        + describe(e) + "); attempt " + next + " of " + CHUNK_ATTEMPTS);
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String expected(ImportDataset<?> dataset) {
        return String.join(", ", dataset.columns().stream().map(ImportColumn::key).toList());
    }

    private static int percent(CsvFile csv, ImportJob job) {
        return job.sizeBytes() == 0 ? 100 : (int) Math.min(99, csv.bytesRead() * 100 / job.sizeBytes());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
