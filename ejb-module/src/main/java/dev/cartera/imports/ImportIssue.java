package dev.cartera.imports;

import dev.cartera.shared.i18n.MessageJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** One problem in one row of an import, as reported to the operator. */
@Entity
@Table(name = "import_issue")
@NamedQuery(name = "ImportIssue.ofJob",
        query = "SELECT i FROM ImportIssue i WHERE i.jobId = :job ORDER BY i.rowNumber, i.id")
@NamedQuery(name = "ImportIssue.ofJobAfter",
        query = "SELECT i FROM ImportIssue i WHERE i.jobId = :job AND (i.rowNumber > :row OR (i.rowNumber = :row AND i.id > :id))"
                + " ORDER BY i.rowNumber, i.id")
@NamedQuery(name = "ImportIssue.countOfJob", query = "SELECT COUNT(i) FROM ImportIssue i WHERE i.jobId = :job")
public class ImportIssue {

    static final int VALUE_MAX = 1000;
    static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false, length = 36)
    private String jobId;

    @Column(name = "file_row", nullable = false, updatable = false)
    private long rowNumber;

    @Column(name = "column_name", updatable = false, length = 200)
    private String column;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ValidationCode code;

    @Column(name = "rejected_value", updatable = false, length = VALUE_MAX)
    private String value;

    /** The English sentence, for logs and for rows written before messages were kept. */
    @Column(nullable = false, updatable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "message_json", updatable = false, length = MESSAGE_MAX)
    private String messageJson;

    protected ImportIssue() {
        // for JPA
    }

    ImportIssue(String jobId, long rowNumber, RowIssue issue) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.column = cut(issue.column(), 200);
        this.code = issue.code();
        this.value = cut(issue.value(), VALUE_MAX);
        this.message = cut(issue.message().english(), MESSAGE_MAX);
        this.messageJson = MessageJson.writeWithin(issue.message(), MESSAGE_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Orders the issues of one row, and the cursor of a page of them ends on it. */
    public Long id() {
        return id;
    }

    public long rowNumber() {
        return rowNumber;
    }

    public String column() {
        return column;
    }

    public ValidationCode code() {
        return code;
    }

    public String value() {
        return value;
    }

    public String message() {
        return message;
    }

    /** The problem in {@code language}; in English for a row that kept no message. */
    public String message(Locale language) {
        return MessageJson.say(messageJson, language, message);
    }
}
