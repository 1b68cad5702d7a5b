package dev.cartera.loyalty;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The monthly loyalty reports: generated on demand or by the timer, exactly one per month. A generation claims
 * the month (its own transaction), writes the file outside any transaction (it may take minutes), then switches
 * the row to the new file in one more transaction; the previous file is deleted only after that commits. Whoever
 * loses the claim gets the report as it is: READY, or still being generated.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoyaltyReportService {

    /** The report list, newest period first: its sorts (no filters). */
    public static final ListFields LIST = ListFields.sortedOnly(Map.of(
            "period", "period", "createdAt", "createdAt", "generatedAt", "generatedAt"), "period,desc");

    /** Who the timer generates as. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(LoyaltyReportService.class.getName());

    @Inject
    LoyaltyReports reports;

    @Inject
    LoyaltyReportGenerator generator;

    @Inject
    LoyaltySettings settings;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /** What a request for a report led to. */
    public enum Outcome {
        /** This request wrote the month's file (the first, or after a failure). */
        GENERATED,
        /** This request replaced a READY report's file. */
        REGENERATED,
        /** The month was READY already; nothing was written. */
        EXISTING,
        /** Another request or instance is writing it right now. */
        IN_PROGRESS
    }

    public record Result(LoyaltyReport report, Outcome outcome) {
    }

    /** A READY report's file, its content still to be read; the caller closes it. */
    public record ReportFile(LoyaltyReport report, Blob blob) {
    }

    /**
     * The month's report, generated now unless it exists. Only a month that is over can be reported on: a report
     * of the current month would be frozen incomplete, since there is one per month.
     *
     * @param month      {@code yyyy-MM}; null or blank for last month
     * @param regenerate write the file again even when READY
     * @throws InvalidInputException for a malformed month, the current month or a future one
     */
    public Result generate(String month, String user, boolean regenerate) {
        LoyaltyPeriod period = month == null || month.isBlank() ? settings.lastMonth() : settings.parse(month, "month");
        if (!period.isOver(clock)) {
            throw new InvalidInputException(InvalidInputException.FieldProblem.of("month", "MONTH_NOT_OVER",
                    "must be a month that is over in " + period.zone() + "; the latest is " + settings.lastMonth().key(),
                    period.zone().getId(), settings.lastMonth().key()));
        }
        return generate(period, user, regenerate);
    }

    /** What the timer runs: last month's report, unless it exists. */
    public Result generateLastMonth() {
        return generate(settings.lastMonth(), SYSTEM, false);
    }

    public LoyaltyReport get(String month) {
        String period = settings.parse(month, "month").key();
        return reports.find(period).orElseThrow(() -> new NotFoundException(Message.of("problem.loyalty.noReport", period)));
    }

    public Page<LoyaltyReport> list(PageRequest request) {
        return reports.page(request);
    }

    /** @throws NotFoundException when the month has no report or no file yet */
    public ReportFile open(String month) {
        LoyaltyReport report = get(month);
        if (report.storageKey() == null) {
            throw new NotFoundException(Message.of(report.failure() == null ? "problem.loyalty.noFile" : "problem.loyalty.noFileFailed",
                    report.period(), String.valueOf(report.status()), String.valueOf(report.failure())));
        }
        Blob blob = blobs.get(report.storageKey()).orElseThrow(() -> new NotFoundException(Message.of("problem.loyalty.replaced",
                report.period())));
        return new ReportFile(report, blob);
    }

    private Result generate(LoyaltyPeriod period, String user, boolean regenerate) {
        LoyaltyThreshold threshold = settings.threshold();
        LoyaltyReports.Claim claim;
        try {
            claim = reports.claim(period, threshold, user, regenerate, settings.generationTimeout());
        } catch (ConflictException lost) {
            // the other claim has committed (or rolled back, and then this one may win): read the month again
            claim = reports.claim(period, threshold, user, regenerate, settings.generationTimeout());
        }
        LoyaltyReport report = claim.report();
        if (!claim.won()) {
            boolean settled = report.status() == LoyaltyReportStatus.READY && !report.regenerating();
            return new Result(report, settled ? Outcome.EXISTING : Outcome.IN_PROGRESS);
        }
        boolean replacing = report.status() == LoyaltyReportStatus.READY;
        Outcome outcome = replacing ? Outcome.REGENERATED : Outcome.GENERATED;
        LoyaltyReport written;
        try {
            written = run(period, threshold, claim.generationId(), user);
        } catch (RuntimeException e) {
            generations("failed");
            throw e;
        }
        generations(outcome.name().toLowerCase(Locale.ROOT));
        return new Result(written, outcome);
    }

    private LoyaltyReport run(LoyaltyPeriod period, LoyaltyThreshold threshold, String generationId, String user) {
        String key = "reports/loyalty/" + period.folder() + "/" + generationId + ".xlsx";
        GeneratedFile file;
        try {
            file = generator.generate(period, threshold, key, user, clock.instant(), settings.language());
        } catch (IOException | SQLException | RuntimeException e) {
            fail(period, generationId, e);
            throw new IllegalStateException("The loyalty report for " + period.key() + " could not be written; "
                    + "asking for it again retries", e);
        }
        LoyaltyReports.Completed completed;
        try {
            completed = reports.complete(period.key(), generationId, file);
        } catch (RuntimeException e) {
            delete(key);
            fail(period, generationId, e);
            throw e;
        }
        if (completed.previousKey() != null) {
            delete(completed.previousKey());
        }
        LOG.info(() -> "Loyalty report " + period.key() + " written by " + user + ": " + file.rows() + " customers, "
                + file.total() + " COP, " + file.size() + " bytes");
        return completed.report();
    }

    private void generations(String outcome) {
        meters.counter("cartera.loyalty.generations", "outcome", outcome).increment();
    }

    /** Ends the lease now rather than at the timeout, so the next request retries at once. */
    private void fail(LoyaltyPeriod period, String generationId, Exception cause) {
        try {
            reports.fail(period.key(), generationId, cause.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failure of the loyalty report for " + period.key()
                    + "; the next request takes it over after cartera.loyalty.generation-timeout", e);
        }
    }

    private void delete(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete loyalty report file " + key + "; it is orphaned", e);
        }
    }
}
