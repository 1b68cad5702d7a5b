package dev.cartera.imports;

import dev.cartera.shared.InstanceName;
import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.i18n.MessageJson;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** One uploaded file and what its processing did. The counts and progress are updated as each chunk commits. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public static final int MESSAGE_MAX = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, updatable = false, length = 32)
    private String dataset;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode", nullable = false, updatable = false, length = 16)
    private ImportMode mode;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 1024)
    private String storageKey;

    @Column(name = "content_type", updatable = false, length = 100)
    private String contentType;

    /** The earlier job of the same file (same SHA-256), when this is a repeat. */
    @Column(name = "repeat_of", updatable = false, length = 36)
    private String repeatOf;

    /** A {@link JobStatus} name; kept as text so the jobs list can filter on it like any code. */
    @Column(nullable = false, length = 16)
    private String status;

    @Column(length = 32)
    private String encoding;

    @Column(length = 8)
    private String delimiter;

    @Column(name = "rows_read", nullable = false)
    private long read;

    @Column(name = "rows_created", nullable = false)
    private long created;

    @Column(name = "rows_updated", nullable = false)
    private long updated;

    @Column(name = "rows_unchanged", nullable = false)
    private long unchanged;

    @Column(name = "rows_rejected", nullable = false)
    private long rejected;

    @Column(nullable = false)
    private int progress;

    /** The dataset's rule codes, comma-separated. */
    @Column(nullable = false, length = 1000)
    private String validations;

    /** The English sentence, for logs and for jobs that ended before messages were kept. */
    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(name = "message_json", length = MESSAGE_MAX)
    private String messageJson;

    /** The uploader's header → field mapping, as JSON; null when none was given. */
    @Column(name = "column_mapping", updatable = false)
    private String columnMapping;

    @Column(name = "accept_suggestions", nullable = false, updatable = false)
    private boolean acceptSuggestions;

    /** How the header was read ({@link ColumnPlan}), as JSON; null until the job has read it. */
    @Column(name = "columns_read")
    private String columnsRead;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Embedded
    @AttributeOverride(name = "holder", column = @Column(name = "lease_holder", length = InstanceName.MAX_LENGTH))
    @AttributeOverride(name = "until", column = @Column(name = "lease_until"))
    private JobLease lease;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(String id, String dataset, ImportMode mode, String fileName, Upload upload, String storageKey,
                     String repeatOf, List<ValidationCode> validations, String uploadedBy, Instant now) {
        this.id = id;
        this.dataset = dataset;
        this.mode = mode;
        this.fileName = fileName;
        this.sizeBytes = upload.sizeBytes();
        this.sha256 = upload.sha256();
        this.contentType = upload.contentType();
        this.storageKey = storageKey;
        this.repeatOf = repeatOf;
        this.validations = validations.stream().map(Enum::name).collect(Collectors.joining(","));
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        this.status = JobStatus.QUEUED.name();
    }

    /** What the uploader said about the columns; called before the job is stored. */
    public void ask(ColumnRequest request) {
        this.columnMapping = request.mapping().isEmpty() ? null : ColumnJson.mappingToJson(request.mapping());
        this.acceptSuggestions = request.acceptSuggestions();
    }

    void readColumns(ColumnPlan plan) {
        this.columnsRead = ColumnJson.planToJson(plan);
    }

    public ColumnRequest columnRequest() {
        return new ColumnRequest(ColumnJson.mappingFromJson(columnMapping), acceptSuggestions);
    }

    /** How the job read the header: empty until it has. */
    public ColumnPlan columns() {
        return ColumnJson.planFromJson(columnsRead);
    }

    /** Whether the job reads the suggested columns: a dry run shows what accepting them would give. */
    public boolean usesSuggestions() {
        return acceptSuggestions || mode == ImportMode.DRY_RUN;
    }

    void start(String encoding, String delimiter, Instant now) {
        this.status = JobStatus.RUNNING.name();
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.startedAt = now;
    }

    /** Gives the job to an instance until {@code until}; the holder calls it again to renew. */
    public void lease(String instance, Instant until) {
        this.lease = new JobLease(instance, until);
    }

    /** Empty when the job has none (stored before leases existed). */
    public Optional<JobLease> lease() {
        return Optional.ofNullable(lease).filter(held -> held.holder() != null);
    }

    /** Whether an instance may still write to the job: it is running and the lease is this instance's. */
    boolean writableBy(String instance) {
        return status() == JobStatus.RUNNING && lease().map(held -> held.heldBy(instance)).orElse(true);
    }

    /** Whether the job is open but nobody holds it any more: its holder stopped renewing (or it never had one). */
    boolean abandonedAt(Instant now) {
        return !status().isFinal() && lease().map(held -> held.runOutAt(now)).orElse(true);
    }

    void count(ChunkCounts counts, int progress) {
        read += counts.read();
        created += counts.created();
        updated += counts.updated();
        unchanged += counts.unchanged();
        rejected += counts.rejected();
        this.progress = Math.max(this.progress, Math.min(progress, 100));
    }

    void finish(JobStatus status, Message outcome, Instant now) {
        this.status = status.name();
        String english = outcome == null ? null : outcome.english();
        this.message = english == null || english.length() <= MESSAGE_MAX ? english : english.substring(0, MESSAGE_MAX);
        this.messageJson = MessageJson.writeWithin(outcome, MESSAGE_MAX);
        this.finishedAt = now;
        if (status == JobStatus.SUCCEEDED) {
            progress = 100;
        }
    }

    public String id() {
        return id;
    }

    public String dataset() {
        return dataset;
    }

    public ImportMode mode() {
        return mode;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String contentType() {
        return contentType;
    }

    public String repeatOf() {
        return repeatOf;
    }

    public JobStatus status() {
        return JobStatus.valueOf(status);
    }

    public String encoding() {
        return encoding;
    }

    public String delimiter() {
        return delimiter;
    }

    public long read() {
        return read;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected() {
        return rejected;
    }

    public int progress() {
        return progress;
    }

    public List<String> validations() {
        return validations.isEmpty() ? List.of() : Arrays.asList(validations.split(","));
    }

    public String message() {
        return message;
    }

    /** How the job ended, in {@code language}; in English for a job that kept no message. */
    public String message(Locale language) {
        return MessageJson.say(messageJson, language, message);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
