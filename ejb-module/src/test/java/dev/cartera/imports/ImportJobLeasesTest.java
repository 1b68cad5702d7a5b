package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InstanceName;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leases that let several instances share the import jobs, on the real schema: who renews what, which jobs a
 * sweep and a start may fail, and what they say.
 */
class ImportJobLeasesTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = TestDatabase.migrated("leases").entityManagerFactory(ImportJob.class, JobLease.class, ImportIssue.class);
        em = factory.createEntityManager();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void aNewJobIsLeasedToTheInstanceThatStoresItForOneTimeout() {
        ImportJobs a = jobsOf("a", T0);
        String id = inTransaction(() -> add(a, null));

        JobLease lease = a.get(id).lease().orElseThrow();
        assertEquals("a", lease.holder());
        assertEquals(T0.plus(TIMEOUT), lease.until());
    }

    @Test
    void anInstanceRenewsOnlyTheOpenJobsItHolds() {
        ImportJobs a = jobsOf("a", T0);
        String running = inTransaction(() -> add(a, null));
        String finished = inTransaction(() -> add(a, null));
        String others = inTransaction(() -> add(jobsOf("b", T0), null));
        inTransaction(() -> finish(a, finished));

        ImportJobs later = jobsOf("a", T0.plusSeconds(30));
        assertEquals(1, (int) inTransaction(later::renewLeases));
        em.clear();

        assertEquals(T0.plusSeconds(30).plus(TIMEOUT), later.get(running).lease().orElseThrow().until());
        assertEquals(T0.plus(TIMEOUT), later.get(finished).lease().orElseThrow().until());
        assertEquals(T0.plus(TIMEOUT), later.get(others).lease().orElseThrow().until());
    }

    @Test
    void aSweepFailsTheJobsWhoseLeaseRanOutAndLeavesLiveOnesAlone() {
        String stale = inTransaction(() -> add(jobsOf("a", T0), null));
        String live = inTransaction(() -> add(jobsOf("a", T0.plusSeconds(90)), null));
        String legacy = inTransaction(() -> add(jobsOf("a", T0), "unleased"));
        ImportJobs b = jobsOf("b", T0.plus(TIMEOUT).plusSeconds(1));

        assertEquals(Set.of(stale, legacy), Set.copyOf(b.abandoned(false)));
        assertTrue(inTransaction(() -> b.failAbandoned(stale, false)));
        assertTrue(inTransaction(() -> b.failAbandoned(legacy, false)));
        assertFalse(inTransaction(() -> b.failAbandoned(live, false)), "a" + " still renews it");
        em.clear();

        ImportJob failed = b.get(stale);
        assertEquals(JobStatus.FAILED, failed.status());
        assertTrue(failed.message().startsWith("Instance a, which was processing the import, stopped responding"),
                failed.message());
        assertTrue(b.get(legacy).message().startsWith("Interrupted by a server stop"), b.get(legacy).message());
        assertEquals(JobStatus.QUEUED, b.get(live).status());
        assertFalse(inTransaction(() -> b.failAbandoned(stale, false)), "an ended job is not failed twice");
    }

    @Test
    void aJobRenewedAfterTheSweepReadItIsNotFailed() {
        String id = inTransaction(() -> add(jobsOf("a", T0), null));
        ImportJobs b = jobsOf("b", T0.plus(TIMEOUT).plusSeconds(1));
        List<String> abandoned = b.abandoned(false);

        inTransaction(jobsOf("a", T0.plus(TIMEOUT))::renewLeases); // a was only slow
        em.clear();

        assertEquals(List.of(id), abandoned);
        assertFalse(inTransaction(() -> b.failAbandoned(id, false)));
        assertEquals(JobStatus.QUEUED, b.get(id).status());
    }

    @Test
    void aStartingInstanceFailsWhatItHeldBeforeButNotWhatAnotherLiveInstanceHolds() {
        String own = inTransaction(() -> add(jobsOf("a", T0), null));
        String others = inTransaction(() -> add(jobsOf("b", T0), null));
        ImportJobs restarted = jobsOf("a", T0.plusSeconds(20));

        assertEquals(List.of(), restarted.abandoned(false), "while running, its own live leases are not abandoned");
        assertEquals(List.of(own), restarted.abandoned(true));
        assertTrue(inTransaction(() -> restarted.failAbandoned(own, true)));
        assertFalse(inTransaction(() -> restarted.failAbandoned(others, true)));
        em.clear();

        assertTrue(restarted.get(own).message().startsWith("Interrupted by a server stop"));
        assertEquals(JobStatus.QUEUED, restarted.get(others).status());
    }

    @Test
    void onlyTheHolderOfARunningJobMayWriteItsChunks() {
        ImportJobs a = jobsOf("a", T0);
        String id = inTransaction(() -> add(a, null));
        ImportJob job = a.get(id);
        assertFalse(job.writableBy("a"), "not started yet");
        job.start("UTF-8", ",", T0);

        assertTrue(job.writableBy("a"));
        assertFalse(job.writableBy("b"));
    }

    private ImportJobs jobsOf(String instance, Instant now) {
        ImportJobs jobs = new ImportJobs();
        jobs.em = em;
        jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
        jobs.instance = InstanceName.of(instance);
        jobs.leaseTimeout = TIMEOUT;
        return jobs;
    }

    /** @param unleased non-null to store the job without a lease, as jobs stored before leases existed */
    private String add(ImportJobs jobs, String unleased) {
        String id = UUID.randomUUID().toString();
        ImportJob job = new ImportJob(id, "customers", ImportMode.APPLY, "socios.csv", new Upload(10, "0".repeat(64),
                "text/csv"), "imports/" + id, null, List.of(ValidationCode.values()), "admin", T0);
        if (unleased != null) {
            em.persist(job);
        } else {
            jobs.add(job);
        }
        return id;
    }

    private Void finish(ImportJobs jobs, String id) {
        jobs.get(id).finish(JobStatus.SUCCEEDED, null, T0);
        return null;
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
