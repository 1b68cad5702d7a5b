package dev.cartera.loyalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The loyalty report of one month: one row per period (a unique key), whoever asks and however often. A
 * generation holds a lease (its {@code generationId}) from its claim to its end; the file it writes only becomes
 * the report's when it completes, in one update, so a half-written file is never visible as READY.
 */
@Entity
@Table(name = "loyalty_report")
@NamedQuery(name = "LoyaltyReport.byPeriod", query = "SELECT r FROM LoyaltyReport r WHERE r.period = :period")
public class LoyaltyReport {

    public static final int USER_MAX = 64;
    private static final int FAILURE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code yyyy-MM}. */
    @Column(nullable = false, updatable = false, length = 7)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LoyaltyReportStatus status;

    /** COP, as configured when the current file (or the running generation) started. */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal threshold;

    @Column(name = "row_count")
    private Integer rowCount;

    @Column(precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "storage_key", length = 200)
    private String storageKey;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    /** The running generation's lease; null when none runs. */
    @Column(name = "generation_id", length = 36)
    private String generationId;

    @Column(name = "generation_started_at")
    private Instant generationStartedAt;

    @Column(name = "generation_started_by", length = USER_MAX)
    private String generationStartedBy;

    /** Why the last generation failed; null after a success. */
    @Column(length = FAILURE_MAX)
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = USER_MAX)
    private String createdBy;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "generated_by", length = USER_MAX)
    private String generatedBy;

    @Version
    private long version;

    protected LoyaltyReport() {
        // for JPA
    }

    /** The claim of a month nobody has asked for yet: GENERATING under {@code generationId}. */
    public LoyaltyReport(String period, String generationId, LoyaltyThreshold threshold, String user, Instant now) {
        this.period = Objects.requireNonNull(period);
        this.status = LoyaltyReportStatus.GENERATING;
        this.createdAt = now;
        this.createdBy = user;
        lease(generationId, threshold, user, now);
    }

    /**
     * Whether a new generation may start now: none runs, or the one running started before {@code staleBefore}
     * (its server presumably stopped). A READY report is only generated again when {@code regenerate}.
     */
    public boolean mayStart(boolean regenerate, Instant staleBefore) {
        if (status == LoyaltyReportStatus.READY && !regenerate) {
            return false;
        }
        return generationId == null || generationStartedAt.isBefore(staleBefore);
    }

    /** Takes the lease: a FAILED report is GENERATING again; a READY one keeps serving its file meanwhile. */
    public void start(String generationId, LoyaltyThreshold threshold, String user, Instant now) {
        if (status == LoyaltyReportStatus.FAILED) {
            status = LoyaltyReportStatus.GENERATING;
        }
        lease(generationId, threshold, user, now);
    }

    public boolean runs(String generationId) {
        return generationId.equals(this.generationId);
    }

    /**
     * Makes the new file the report's and ends the lease.
     *
     * @return the previous file's key, to delete once this commits; null when there was none
     */
    public String complete(GeneratedFile file) {
        String previous = storageKey;
        status = LoyaltyReportStatus.READY;
        storageKey = file.storageKey();
        sizeBytes = file.size();
        sha256 = file.sha256();
        rowCount = file.rows();
        total = file.total();
        threshold = file.threshold().amount();
        generatedAt = file.generatedAt();
        generatedBy = generationStartedBy;
        failure = null;
        endLease();
        return previous;
    }

    /** Ends the lease after a failure: with no file yet the report is FAILED; a READY one keeps its file. */
    public void fail(String message) {
        if (status != LoyaltyReportStatus.READY) {
            status = LoyaltyReportStatus.FAILED;
        }
        failure = message == null ? "unknown error" : message.length() <= FAILURE_MAX ? message
                : message.substring(0, FAILURE_MAX);
        endLease();
    }

    /** A READY report being generated again: its current file is still the one served. */
    public boolean regenerating() {
        return status == LoyaltyReportStatus.READY && generationId != null;
    }

    private void lease(String generationId, LoyaltyThreshold threshold, String user, Instant now) {
        this.generationId = Objects.requireNonNull(generationId);
        this.generationStartedAt = now;
        this.generationStartedBy = user;
        if (status != LoyaltyReportStatus.READY) {
            // a READY report's threshold is its file's until the new file replaces it
            this.threshold = threshold.amount();
        }
    }

    private void endLease() {
        generationId = null;
        generationStartedAt = null;
        generationStartedBy = null;
    }

    public Long id() {
        return id;
    }

    public String period() {
        return period;
    }

    public LoyaltyReportStatus status() {
        return status;
    }

    public BigDecimal threshold() {
        return threshold;
    }

    public Integer rowCount() {
        return rowCount;
    }

    public BigDecimal total() {
        return total;
    }

    public String storageKey() {
        return storageKey;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String generationId() {
        return generationId;
    }

    public Instant generationStartedAt() {
        return generationStartedAt;
    }

    public String generationStartedBy() {
        return generationStartedBy;
    }

    public String failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public long version() {
        return version;
    }
}
