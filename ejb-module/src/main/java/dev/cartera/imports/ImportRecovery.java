package dev.cartera.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At startup, fails the jobs a previous run of the server left queued or running, so none stays RUNNING forever.
 * Their committed chunks stay; uploading the file again finishes the rest idempotently. With several instances
 * sharing a database this would also fail another live instance's jobs: run imports on one instance.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportJobs jobs;

    /** At startup; public so a test can run it as the next start would. */
    @PostConstruct
    public void failInterrupted() {
        int failed = jobs.failInterrupted();
        if (failed > 0) {
            LOG.warning(() -> failed + " import job(s) interrupted by the last stop were marked FAILED");
        }
    }
}
