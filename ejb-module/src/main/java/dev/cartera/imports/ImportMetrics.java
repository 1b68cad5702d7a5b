package dev.cartera.imports;

import dev.cartera.shared.metrics.MetricsScrape;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The import figures operators watch: rows by dataset and outcome, counted as their chunk commits (a chunk rolled
 * back and run again counts once), and jobs by status, read from the database at each scrape (the same on every
 * instance, since the jobs are shared).
 */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry meters;

    @Inject
    ImportJobs jobs;

    private final Map<JobStatus, AtomicLong> jobsByStatus = new EnumMap<>(JobStatus.class);

    @PostConstruct
    void registerJobGauges() {
        for (JobStatus status : JobStatus.values()) {
            AtomicLong count = new AtomicLong();
            jobsByStatus.put(status, count);
            Gauge.builder("cartera.import.jobs", count, AtomicLong::get).tag("status", status.name())
                    .description("Import jobs in the database by status").register(meters);
        }
    }

    void chunkCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChunkCommitted chunk) {
        ChunkCounts counts = chunk.counts();
        rows(chunk.dataset(), "created", counts.created());
        rows(chunk.dataset(), "updated", counts.updated());
        rows(chunk.dataset(), "unchanged", counts.unchanged());
        rows(chunk.dataset(), "rejected", counts.rejected());
    }

    void refresh(@Observes MetricsScrape scrape) {
        Map<JobStatus, Long> counts = jobs.countByStatus();
        jobsByStatus.forEach((status, count) -> count.set(counts.getOrDefault(status, 0L)));
    }

    private void rows(String dataset, String outcome, long rows) {
        Counter.builder("cartera.import.rows").tag("dataset", dataset).tag("outcome", outcome)
                .description("Rows of imported files processed by this instance, by outcome (rejected: not written)")
                .register(meters).increment(rows);
    }
}
