package dev.cartera.imports;

import dev.cartera.shared.ConflictException;
import dev.cartera.shared.Cursor;
import dev.cartera.shared.InstanceName;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    InstanceName instance;

    /** How long a job's lease holds without renewal: past it, its instance is presumed dead. */
    @Inject
    @ConfigProperty(name = "cartera.imports.lease-timeout", defaultValue = "PT2M")
    Duration leaseTimeout;

    /** Stores a new job, leased to this instance unless the caller leased it already. */
    public void add(ImportJob job) {
        if (job.lease().isEmpty()) {
            job.lease(instance.get(), clock.instant().plus(leaseTimeout));
        }
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
     * Extends the lease of every open job this instance holds, before it runs out: the heartbeat that tells the
     * other instances it is alive.
     *
     * @return how many
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int renewLeases() {
        return em.createQuery("UPDATE ImportJob j SET j.lease.until = :until WHERE j.lease.holder = :holder"
                        + " AND j.status IN :open")
                .setParameter("until", clock.instant().plus(leaseTimeout)).setParameter("holder", instance.get())
                .setParameter("open", OPEN).executeUpdate();
    }

    /**
     * The open jobs no live instance holds: their lease ran out (or they have none), or, at this instance's start,
     * this instance held them before it stopped.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> abandoned(boolean atStart) {
        return em.createQuery("SELECT j.id FROM ImportJob j WHERE j.status IN :open AND (j.lease.until IS NULL"
                        + " OR j.lease.until <= :now OR (:own = TRUE AND j.lease.holder = :holder))", String.class)
                .setParameter("open", OPEN).setParameter("now", clock.instant())
                .setParameter("own", atStart).setParameter("holder", instance.get()).getResultList();
    }

    /**
     * Fails a job whose instance stopped, when it still is abandoned once locked: a holder that was only slow has
     * renewed its lease by then, and its chunk in flight commits first.
     *
     * @param atStart whether this instance is starting: then the jobs it held before are abandoned too
     * @return whether this call failed it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failAbandoned(String id, boolean atStart) {
        ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            return false;
        }
        String holder = job.lease().map(JobLease::holder).orElse(null);
        boolean ownFromEarlierRun = atStart && instance.get().equals(holder) && !job.status().isFinal();
        if (!ownFromEarlierRun && !job.abandonedAt(clock.instant())) {
            return false;
        }
        job.finish(JobStatus.FAILED, ownFromEarlierRun || holder == null
                ? Message.of("import.job.interrupted", job.read())
                : Message.of("import.job.abandoned", holder, job.read()), clock.instant());
        return true;
    }

    /** How many jobs the database holds in each status (the statuses without any are missing). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<JobStatus, Long> countByStatus() {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        em.createQuery("SELECT j.status, COUNT(j) FROM ImportJob j GROUP BY j.status", Object[].class).getResultList()
                .forEach(row -> counts.put(JobStatus.valueOf((String) row[0]), (Long) row[1]));
        return counts;
    }

    public Duration leaseTimeout() {
        return leaseTimeout;
    }

    private static final List<String> OPEN = List.of(JobStatus.QUEUED.name(), JobStatus.RUNNING.name());
}
