package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.logging.LogContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSV imports: archives an upload in the blob store, records the job, and runs it on the container's managed
 * executor; then serves the archived file and the rejected rows back.
 */
@Stateless
public class ImportService {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);
    private static final int SNIFF_BYTES = 8 * 1024;
    /** Leaves room under the 255 bytes a file system takes for what a blob store adds to a name. */
    static final int MAX_FILE_NAME_BYTES = 150;

    @Inject
    ImportJobs jobs;

    @Inject
    Datasets datasets;

    @Inject
    BlobStore blobs;

    @Inject
    ImportRunner runner;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "cartera.imports.max-bytes", defaultValue = "209715200")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Streams the upload to the blob store under {@code imports/yyyy/MM/<job id>/<file name>}, records the job
     * (QUEUED) and starts it in the background.
     *
     * @throws InvalidInputException     for an unknown dataset or mode
     * @throws FileTooLargeException     past {@code cartera.imports.max-bytes}, without reading further
     * @throws UnsupportedFileException  for content that is not a CSV
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob upload(String datasetName, String modeName, String fileName, String contentType,
                            InputStream content, String uploadedBy) {
        return upload(datasetName, modeName, null, false, fileName, contentType, content, uploadedBy);
    }

    /**
     * As {@link #upload(String, String, String, String, InputStream, String)}, with what the uploader says of the
     * columns: a {@code mapping} (JSON, header → field; see {@link ColumnJson#parseMapping}) and whether an apply
     * may use the matcher's suggestions.
     *
     * @throws InvalidInputException also for a mapping that is not such JSON or names a field the dataset lacks
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob upload(String datasetName, String modeName, String mappingJson, boolean acceptSuggestions,
                            String fileName, String contentType, InputStream content, String uploadedBy) {
        ImportDataset<?> dataset = datasets.get(datasetName);
        ColumnRequest columns = new ColumnRequest(ColumnJson.parseMapping(mappingJson, dataset.columns()),
                acceptSuggestions);
        ImportMode mode = ImportMode.parse(modeName == null || modeName.isBlank() ? "apply" : modeName)
                .orElseThrow(() -> new InvalidInputException(
                        InvalidInputException.FieldProblem.of("mode", "INVALID_MODE", "must be apply or dry-run")));
        String name = safeFileName(fileName);
        String id = UUID.randomUUID().toString();
        String key = "imports/" + YEAR_MONTH.format(clock.instant()) + "/" + id + "/" + name;

        UploadStream counted = new UploadStream(content, maxBytes);
        byte[] head;
        try {
            head = counted.readNBytes(SNIFF_BYTES);
        } catch (UploadStream.TooLarge e) {
            throw new FileTooLargeException(maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvDetection.notCsv(head, head.length, contentType).ifPresent(reason -> {
            throw new UnsupportedFileException(reason);
        });
        try {
            blobs.put(key, new SequenceInputStream(new ByteArrayInputStream(head), counted), BlobStore.UNKNOWN_LENGTH,
                    "text/csv");
        } catch (RuntimeException e) {
            blobs.delete(key);
            if (causedBy(e, UploadStream.TooLarge.class)) {
                throw new FileTooLargeException(maxBytes);
            }
            throw e;
        }
        Upload upload = new Upload(counted.count(), counted.sha256(), contentType);
        ImportJob job = new ImportJob(id, dataset.name(), mode, name, upload, key,
                jobs.firstWithSha256(upload.sha256()).orElse(null), dataset.validations(), uploadedBy, clock.instant());
        job.ask(columns);
        jobs.add(job);
        executor.submit(LogContext.propagating(() -> runner.run(id))); // its lines carry the upload's request id
        return job;
    }

    /** The archived file, its content still to be read; the caller closes it. */
    public Blob file(String id) {
        ImportJob job = jobs.get(id);
        return blobs.get(job.storageKey()).orElseThrow(() -> new NotFoundException(Message.of("problem.import.fileGone", id)));
    }

    /**
     * Writes the rejected rows as they were in the file, plus an {@code error} column with every problem of the
     * row, so the operator can fix them and upload again. UTF-8 with a BOM (spreadsheets then read accents right),
     * the file's own delimiter. Reads the archived file and the issues together, in row order. The problems are said
     * in {@code language}, after their codes.
     */
    public void writeRejected(String id, OutputStream out, Locale language) {
        ImportJob job = jobs.get(id);
        try (Blob blob = file(id); CsvFile csv = CsvFile.open(blob.content())) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter())
                    .setRecordSeparator("\r\n").get());
            List<String> header = new ArrayList<>(csv.header());
            header.add("error");
            printer.printRecord(header);
            Iterator<ImportIssue> issues = jobs.issuesOf(job.id()).iterator();
            ImportIssue next = issues.hasNext() ? issues.next() : null;
            Iterator<CSVRecord> records = csv.records();
            while (next != null && records.hasNext()) {
                CSVRecord record = records.next();
                long row = record.getRecordNumber() - 1;
                List<String> messages = new ArrayList<>();
                while (next != null && next.rowNumber() <= row) {
                    if (next.rowNumber() == row) {
                        messages.add(next.code() + ": " + next.message(language));
                    }
                    next = issues.hasNext() ? issues.next() : null;
                }
                if (!messages.isEmpty()) {
                    List<String> values = new ArrayList<>(record.toList());
                    values.add(String.join(" | ", messages));
                    printer.printRecord(values);
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last path segment of what the client calls the file, without characters a key or a header must not carry. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "upload.csv";
        }
        return shortened(name);
    }

    /**
     * A name of at most {@link #MAX_FILE_NAME_BYTES} bytes in UTF-8: file systems take 255 bytes a name (not
     * characters: 200 accented letters are 400 bytes), and the name is the last segment of the blob key. A longer
     * one keeps its start and its extension, cut between characters.
     */
    static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_FILE_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int budget = MAX_FILE_NAME_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder stem = new StringBuilder();
        int used = 0;
        for (int c : name.substring(0, name.length() - extension.length()).codePoints().toArray()) {
            int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (used + bytes > budget) {
                break;
            }
            stem.appendCodePoint(c);
            used += bytes;
        }
        return stem + extension;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) || Arrays.stream(t.getSuppressed()).anyMatch(type::isInstance)) {
                return true;
            }
        }
        return false;
    }
}
