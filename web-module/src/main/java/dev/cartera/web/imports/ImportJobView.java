package dev.cartera.web.imports;

import dev.cartera.imports.ColumnMatch;
import dev.cartera.imports.ImportJob;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An import job as clients see it. {@code repeatOf} names the earlier job of the same file (same SHA-256);
 * {@code columns} says how each header was read (empty until the job has read it).
 */
public record ImportJobView(String id, String dataset, String mode, String fileName, long sizeBytes, String sha256,
                            String storageKey, String status, boolean repeat, String repeatOf, Counts counts,
                            int progress, List<String> validations, String encoding, String delimiter, String message,
                            Instant createdAt, Instant startedAt, Instant finishedAt, String uploadedBy,
                            boolean acceptSuggestions, List<Column> columns) {

    public record Counts(long read, long created, long updated, long unchanged, long rejected) {
    }

    /** @param source alias, mapping, suggested or unmapped */
    public record Column(String header, String field, String source, double confidence, List<Alternative> alternatives) {

        static Column of(ColumnMatch match) {
            return new Column(match.header(), match.field(), match.source().wireName(), match.confidence(),
                    match.alternatives().stream().map(a -> new Alternative(a.field(), a.score())).toList());
        }
    }

    public record Alternative(String field, double score) {
    }

    /** @param language what {@code message} is said in */
    static ImportJobView of(ImportJob job, Locale language) {
        return new ImportJobView(job.id(), job.dataset(), job.mode().wireName(), job.fileName(), job.sizeBytes(),
                job.sha256(), job.storageKey(), job.status().name(), job.repeatOf() != null, job.repeatOf(),
                new Counts(job.read(), job.created(), job.updated(), job.unchanged(), job.rejected()), job.progress(),
                job.validations(), job.encoding(), job.delimiter(), job.message(language), job.createdAt(), job.startedAt(),
                job.finishedAt(), job.uploadedBy(), job.columnRequest().acceptSuggestions(),
                job.columns().columns().stream().map(Column::of).toList());
    }
}
