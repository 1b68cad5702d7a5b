package dev.cartera.web.imports;

import java.util.Locale;
import dev.cartera.imports.ImportJob;
import java.time.Instant;
import java.util.List;

/** An import job as clients see it. {@code repeatOf} names the earlier job of the same file (same SHA-256). */
public record ImportJobView(String id, String dataset, String mode, String fileName, long sizeBytes, String sha256,
                            String storageKey, String status, boolean repeat, String repeatOf, Counts counts,
                            int progress, List<String> validations, String encoding, String delimiter, String message,
                            Instant createdAt, Instant startedAt, Instant finishedAt, String uploadedBy) {

    public record Counts(long read, long created, long updated, long unchanged, long rejected) {
    }

    /** @param language what {@code message} is said in */
    static ImportJobView of(ImportJob job, Locale language) {
        return new ImportJobView(job.id(), job.dataset(), job.mode().wireName(), job.fileName(), job.sizeBytes(),
                job.sha256(), job.storageKey(), job.status().name(), job.repeatOf() != null, job.repeatOf(),
                new Counts(job.read(), job.created(), job.updated(), job.unchanged(), job.rejected()), job.progress(),
                job.validations(), job.encoding(), job.delimiter(), job.message(language), job.createdAt(), job.startedAt(),
                job.finishedAt(), job.uploadedBy());
    }
}
