package dev.cartera.imports;

import dev.cartera.shared.ConflictException;
import dev.cartera.shared.Cursor;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of import jobs in the database: every change commits on its own, so any instance sees it at once. */
@Stateless
public class ImportJobs {

    /** The job list, newest first: its filters and sorts. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(
            FilterableField.code("status", "status"),
            FilterableField.text("dataset", "dataset"),
            FilterableField.text("uploadedBy", "uploadedBy"),
            FilterableField.range("createdAt", "createdAt", FilterValueType.INSTANT)),
            Map.of("createdAt", "createdAt", "status", "status", "dataset", "dataset", "fileName", "fileName"),
            "createdAt,desc");

    /** A job's issues: always in row order, no filters. */
    public static final ListFields ISSUES = ListFields.sortedOnly(Map.of("row", "row"), "row");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void add(ImportJob job) {
        em.persist(job);
    }

    public ImportJob get(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ImportJob.class, id))
                .orElseThrow(() -> new NotFoundException("ImportJob", id));
    }

    /** The earliest job of a file with this SHA-256, if it was uploaded before. */
    public Optional<String> firstWithSha256(String sha256) {
        return em.createQuery("SELECT j.id FROM ImportJob j WHERE j.sha256 = :sha ORDER BY j.createdAt", String.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst();
    }

    public Page<ImportJob> page(PageRequest request, List<FilterCondition> filters) {
        return LIST.page(em, ImportJob.class, request, filters);
    }

    /** The job's issues in row order, by page number or after a cursor, each page with the cursor of the next. */
    public Page<ImportIssue> issues(String id, PageRequest request) {
        get(id);
        Cursor after = request.after();
        TypedQuery<ImportIssue> query = after == null
                ? em.createNamedQuery("ImportIssue.ofJob", ImportIssue.class)
                : em.createNamedQuery("ImportIssue.ofJobAfter", ImportIssue.class)
                        .setParameter("row", number(after.lastValue())).setParameter("id", number(after.lastId()));
        List<ImportIssue> rows = query.setParameter("job", id)
                .setFirstResult(request.firstResult()).setMaxResults(request.size() + 1).getResultList();
        List<ImportIssue> items = rows.subList(0, Math.min(rows.size(), request.size()));
        String next = rows.size() > request.size() ? new Cursor(request.sort().field(), true,
                String.valueOf(items.getLast().rowNumber()), String.valueOf(items.getLast().id())).encode() : null;
        long total = em.createNamedQuery("ImportIssue.countOfJob", Long.class).setParameter("job", id).getSingleResult();
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, next, true);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidFilterException.of("cursor", "cursor.invalid");
        }
    }

    /** Every issue of the job in row order, read as the caller goes (for the rejected rows' file). */
    public java.util.stream.Stream<ImportIssue> issuesOf(String id) {
        return em.createNamedQuery("ImportIssue.ofJob", ImportIssue.class).setParameter("job", id).getResultStream();
    }

    /** @return false when the job is no longer queued (cancelled before it started) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(String id, String encoding, String delimiter) {
        ImportJob job = get(id);
        if (job.status() != JobStatus.QUEUED) {
            return false;
        }
        job.start(encoding, delimiter, clock.instant());
        return true;
    }

    /** Records how the job read its file's header. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void readColumns(String id, ColumnPlan plan) {
        get(id).readColumns(plan);
    }

    /** Ends a job that is still queued or running; a cancelled one stays cancelled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String id, JobStatus status, Message message) {
        ImportJob job = get(id);
        if (!job.status().isFinal()) {
            job.finish(status, message, clock.instant());
        }
    }

    /** Fails the job because its header lacks required columns, with the issue that says which. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failMissingColumns(String id, Message message) {
        em.persist(new ImportIssue(id, 0, new RowIssue(null, ValidationCode.MISSING_COLUMN, null, message)));
        finish(id, JobStatus.FAILED, message);
    }

    /**
     * Cancels a queued or running job: the chunk being committed finishes, no further one starts.
     *
     * @throws ConflictException when the job has already ended
     */
    public ImportJob cancel(String id) {
        ImportJob job = get(id);
        if (job.status().isFinal()) {
            throw ConflictException.of("problem.import.ended", id, String.valueOf(job.status()));
        }
        job.finish(JobStatus.CANCELLED, Message.of("import.job.cancelled"), clock.instant());
        return job;
    }

    /**
     * Fails every job left queued or running, for the start of the server: whatever ran them is gone.
     *
     * @return how many
     */
    public int failInterrupted() {
        List<ImportJob> stuck = em.createQuery("SELECT j FROM ImportJob j WHERE j.status IN :open", ImportJob.class)
                .setParameter("open", List.of(JobStatus.QUEUED.name(), JobStatus.RUNNING.name())).getResultList();
        stuck.forEach(job -> job.finish(JobStatus.FAILED, Message.of("import.job.interrupted", job.read()),
                clock.instant()));
        return stuck.size();
    }
}
