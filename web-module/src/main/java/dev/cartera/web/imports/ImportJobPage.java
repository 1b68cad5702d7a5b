package dev.cartera.web.imports;

import dev.cartera.imports.ImportJobs;
import dev.cartera.imports.JobStatus;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import dev.cartera.web.console.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * One import job ({@code /admin/imports/job?id=...}): what was uploaded, its counts and progress while it runs
 * (a {@code p:poll} calls {@link #refresh} every second and stops itself once the job has ended), its problems a
 * page at a time, its two files, and cancelling it. The same services as GET/DELETE /api/imports/{id}.
 */
@Named
@ViewScoped
public class ImportJobPage implements Serializable {

    @Inject
    ImportJobs importJobs;

    @Inject
    Console console;

    @Inject
    Texts texts;

    private String id;
    /** Re-read on every poll; the view keeps only the id. */
    private transient ImportJobView job;
    /** What the page last showed, so that the end of a run is noticed once. */
    private boolean running;
    private ConsoleList<ImportIssueView> issues;

    /** The f:viewAction: an unknown id is a 404 page, as the API's 404. */
    public void onLoad() throws IOException {
        console.require(ConsoleAction.IMPORTS);
        try {
            job = ImportJobView.of(importJobs.get(id), console.getLocale());
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        running = isOpen(job);
        String jobId = id;
        // ISSUES has no filters: the list's conditions are always empty, and the page only needs the job's id
        issues = new ConsoleList<>(ImportJobs.ISSUES, (page, filters) -> {
            console.require(ConsoleAction.IMPORTS);
            return importJobs.issues(jobId, page).map(issue -> ImportIssueView.of(issue, console.getLocale()));
        }, issue -> issue.row() + ":" + issue.column() + ":" + issue.code());
    }

    /**
     * The poll's listener: the job as it is now. The buttons and the problems are re-rendered only when the run has
     * just ended, so that a click on Cancelar never lands on a button the poll is replacing.
     */
    public void refresh() {
        console.require(ConsoleAction.IMPORTS);
        job = ImportJobView.of(importJobs.get(id), console.getLocale());
        boolean wasRunning = running;
        running = isOpen(job);
        if (wasRunning && !running) {
            PrimeFaces.current().ajax().update("job:actions", "job:issues");
        }
    }

    /** Cancels the run; one that has ended meanwhile (the API's 409) is said, not an error page. */
    public void cancel() {
        console.require(ConsoleAction.IMPORTS);
        try {
            importJobs.cancel(id);
            texts.info(null, "imports.cancelled");
        } catch (ConflictException e) {
            texts.error(null, "imports.alreadyEnded");
        }
        refresh();
    }

    private static boolean isOpen(ImportJobView job) {
        return !JobStatus.valueOf(job.status()).isFinal();
    }

    public ImportJobView getJob() {
        if (job == null && id != null) {
            job = ImportJobView.of(importJobs.get(id), console.getLocale());
        }
        return job;
    }

    /** Whether the job was queued or running when last read: the poll runs and the cancel button shows only then. */
    public boolean isRunning() {
        return running;
    }

    public boolean isDryRun() {
        return "dry-run".equals(getJob().mode());
    }

    /** How the job read each header, for the columns table: confidence and alternatives as whole percents. */
    public java.util.List<ColumnRow> getColumns() {
        ImportJobView current = getJob();
        return current == null ? java.util.List.of()
                : current.columns().stream().map(column -> ColumnRow.of(column, this::fieldName)).toList();
    }

    /** A field as people read it, with the key a mapping names it by: "Nombres (firstName)". */
    private String fieldName(String key) {
        return texts.has("field." + key) ? texts.text("field." + key) + " (" + key + ")" : key;
    }

    /** One header as the console shows it; {@code icon} is a PrimeIcons class telling the source at a glance. */
    public record ColumnRow(String header, String field, String source, String icon, long percent, String alternatives) {

        static ColumnRow of(ImportJobView.Column column, java.util.function.UnaryOperator<String> fieldName) {
            String icon = switch (column.source()) {
                case "alias" -> "pi pi-check-circle";
                case "mapping" -> "pi pi-user-edit";
                case "suggested" -> "pi pi-question-circle";
                default -> "pi pi-minus-circle";
            };
            String alternatives = column.alternatives().stream()
                    .map(a -> fieldName.apply(a.field()) + " " + Math.round(a.score() * 100) + " %")
                    .collect(java.util.stream.Collectors.joining(", "));
            return new ColumnRow(column.header(), column.field() == null ? null : fieldName.apply(column.field()),
                    column.source(), icon,
                    Math.round(column.confidence() * 100), alternatives);
        }
    }

    public ConsoleList<ImportIssueView> getIssues() {
        return issues;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
