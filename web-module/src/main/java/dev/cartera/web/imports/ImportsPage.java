package dev.cartera.web.imports;

import dev.cartera.imports.Datasets;
import dev.cartera.imports.FileTooLargeException;
import dev.cartera.imports.ImportJob;
import dev.cartera.imports.ImportJobs;
import dev.cartera.imports.ImportMode;
import dev.cartera.imports.ImportService;
import dev.cartera.imports.JobStatus;
import dev.cartera.imports.UnsupportedFileException;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Importaciones: upload a CSV (through {@link ImportService#upload}, as POST /api/imports does) and the past jobs
 * (the API's job list and filters through {@link ConsoleList}). After an upload the browser goes to the job's own
 * page, which follows it live.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {


    @Inject
    ImportService imports;

    @Inject
    ImportJobs importJobs;

    @Inject
    Datasets datasets;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    CompanyZone zone;

    private String dataset;
    private String mode = ImportMode.APPLY.wireName();
    private boolean acceptSuggestions;
    private transient UploadedFile file;
    private LocalDate uploadedFrom;
    private LocalDate uploadedTo;
    private ConsoleList<ImportJobView> jobs;

    @PostConstruct
    void init() {
        jobs = new ConsoleList<>(ImportJobs.LIST, (page, filters) -> {
            console.require(ConsoleAction.IMPORTS);
            return importJobs.page(page, filters).map(job -> ImportJobView.of(job, console.getLocale()));
        }, ImportJobView::id);
    }

    /** The f:viewAction: the filter has let the role in already; this says it again for the bean. */
    public void onLoad() {
        console.require(ConsoleAction.IMPORTS);
    }

    /** Stores the file, starts the job and goes to its page; a refusal is said next to the field it is about. */
    public String upload() {
        ConsoleUser user = console.require(ConsoleAction.IMPORTS);
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            texts.error("upload:file", "imports.fileRequired");
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = imports.upload(dataset, mode, null, acceptSuggestions, file.getFileName(),
                    file.getContentType(), content, user.username());
            return "/admin/imports/job?faces-redirect=true&id=" + job.id();
        } catch (FileTooLargeException e) {
            texts.error("upload:file", "imports.tooLarge", megabytes(imports.maxBytes()));
        } catch (UnsupportedFileException e) {
            texts.error("upload:file", "imports.notCsv");
        } catch (InvalidInputException e) {
            boolean modeProblem = e.problems().stream().anyMatch(problem -> problem.field().equals("mode"));
            if (modeProblem) {
                texts.error("upload:mode", "imports.unknownMode");
            } else {
                texts.error("upload:dataset", "imports.unknownDataset");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        return null;
    }

    /** Applies the filter form: the uploaded-between dates become instants at the start of the company's days. */
    public void filter() {
        console.require(ConsoleAction.IMPORTS);
        jobs.setDays("createdAt", uploadedFrom, uploadedTo, zone.zone());
        ConsoleList.showFirstPage(":jobs:list");
    }

    public void clearFilters() {
        console.require(ConsoleAction.IMPORTS);
        jobs.getFilters().clear();
        uploadedFrom = null;
        uploadedTo = null;
        ConsoleList.showFirstPage(":jobs:list");
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    public long getMaxMegabytes() {
        return megabytes(imports.maxBytes());
    }

    public List<String> getDatasets() {
        return datasets.names();
    }

    public List<String> getModes() {
        return Arrays.stream(ImportMode.values()).map(ImportMode::wireName).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(JobStatus.values()).map(JobStatus::name).toList();
    }

    public ConsoleList<ImportJobView> getJobs() {
        return jobs;
    }

    public String getDataset() {
        return dataset;
    }

    public void setDataset(String dataset) {
        this.dataset = dataset;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public boolean isAcceptSuggestions() {
        return acceptSuggestions;
    }

    public void setAcceptSuggestions(boolean acceptSuggestions) {
        this.acceptSuggestions = acceptSuggestions;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getUploadedFrom() {
        return uploadedFrom;
    }

    public void setUploadedFrom(LocalDate uploadedFrom) {
        this.uploadedFrom = uploadedFrom;
    }

    public LocalDate getUploadedTo() {
        return uploadedTo;
    }

    public void setUploadedTo(LocalDate uploadedTo) {
        this.uploadedTo = uploadedTo;
    }
}
