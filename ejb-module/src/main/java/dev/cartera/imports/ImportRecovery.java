package dev.cartera.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every import job owned by a live instance. At this instance's start it fails the jobs it held before it
 * stopped; then, four times per lease timeout, it renews the leases of the jobs it runs and fails the jobs whose
 * instance stopped renewing (killed, or cut off from the database), with a message that says how to finish them.
 * Committed chunks stay: uploading the file again finishes the rest idempotently. A job another live instance
 * holds is never touched. The timer is not persistent: every instance runs its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    ImportJobs jobs;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        failInterrupted();
        long interval = Math.max(1000, jobs.leaseTimeout().dividedBy(4).toMillis());
        timers.createIntervalTimer(interval, interval, new TimerConfig("import-leases", false));
    }

    /** What a start does; public so a test can run it as the next start would. */
    public void failInterrupted() {
        int failed = failAbandoned(true);
        if (failed > 0) {
            LOG.warning(() -> failed + " import job(s) interrupted by the last stop were marked FAILED");
        }
    }

    @Timeout
    void keepLeases() {
        // a sweep slower than the interval (a database under load) lets the next tick pass
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            jobs.renewLeases();
            int failed = failAbandoned(false);
            if (failed > 0) {
                LOG.warning(() -> failed + " import job(s) whose instance stopped renewing its lease (timeout "
                        + jobs.leaseTimeout() + ") were marked FAILED");
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next tick tries again, within the lease timeout
            LOG.log(Level.WARNING, "Could not renew the import job leases", e);
        } finally {
            running.set(false);
        }
    }

    private int failAbandoned(boolean atStart) {
        int failed = 0;
        for (String id : jobs.abandoned(atStart)) {
            if (jobs.failAbandoned(id, atStart)) {
                failed++;
            }
        }
        return failed;
    }
}
