package dev.cartera.imports;

import dev.cartera.shared.InstanceName;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Commits one chunk of rows in its own transaction: the upserts, their issues and the job's counts together. */
@Stateless
public class ImportChunks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Datasets datasets;

    @Inject
    InstanceName instance;

    @Inject
    Event<ChunkCommitted> committed;

    /**
     * @param seen     the keys met so far in the file; this chunk's accepted keys are added
     * @param progress the percentage of the file read once this chunk is done
     * @return false when the job was cancelled (or ended, or taken from this instance) meanwhile: nothing of this
     *         chunk is written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean process(String jobId, List<ImportRow> rows, SeenKeys seen, int progress) {
        // locked until the chunk commits, so another instance cannot fail the job between this check and the commit
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !job.writableBy(instance.get())) {
            return false;
        }
        @SuppressWarnings("unchecked")
        ImportDataset<Object> dataset = (ImportDataset<Object>) datasets.get(job.dataset());
        boolean write = job.mode() == ImportMode.APPLY;
        List<Object> accepted = new ArrayList<>(rows.size());
        long rejected = 0;
        List<ImportRow> wellFormed = rows.stream().filter(row -> !malformed(row)).toList();
        Iterator<RowCheck<Object>> checks = (wellFormed.isEmpty() ? List.<RowCheck<Object>>of()
                : dataset.checkAll(wellFormed)).iterator();
        for (ImportRow row : rows) {
            Outcome outcome = malformed(row) ? new Outcome(null, row.issues()) : outcome(row, checks.next(), seen);
            if (outcome.value() == null) {
                rejected++;
                outcome.issues().forEach(issue -> em.persist(new ImportIssue(jobId, row.number(), issue)));
            } else {
                accepted.add(outcome.value());
            }
        }
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (UpsertResult result : accepted.isEmpty() ? List.<UpsertResult>of() : dataset.upsertAll(accepted, write)) {
            switch (result) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        ChunkCounts counts = new ChunkCounts(rows.size(), created, updated, unchanged, rejected);
        job.count(counts, progress);
        committed.fire(new ChunkCommitted(job.dataset(), counts));
        return true;
    }

    /** An accepted row's value, or (value null) a rejected row's issues. */
    private record Outcome(Object value, List<RowIssue> issues) {
    }

    private static boolean malformed(ImportRow row) {
        return row.issues().stream().anyMatch(issue -> issue.code() == ValidationCode.MALFORMED_ROW);
    }

    private static Outcome outcome(ImportRow row, RowCheck<Object> check, SeenKeys seen) {
        if (!row.issues().isEmpty()) {
            return new Outcome(null, row.issues());
        }
        if (check instanceof RowCheck.Rejected<Object> rejected) {
            return new Outcome(null, rejected.issues());
        }
        RowCheck.Accepted<Object> accepted = (RowCheck.Accepted<Object>) check;
        long earlier = seen.putIfAbsent(accepted.key(), row.number());
        // the row itself when an earlier attempt at this chunk rolled back after remembering its key
        if (earlier > 0 && earlier != row.number()) {
            return new Outcome(null, List.of(new RowIssue(null, ValidationCode.DUPLICATE_IN_FILE, accepted.key(),
                    Message.of("import.problem.duplicate", row.number(), accepted.key(), earlier))));
        }
        return new Outcome(accepted.value(), List.of());
    }
}
