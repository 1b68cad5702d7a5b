package dev.cartera.web.problems;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), with {@code errors} for validation
 * failures and the {@code requestId} that also appears in the server log.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One thing to fix: the field (a JSON property, a query or path parameter, or {@code body}) and why; when the
     * service's rules refused it, also their stable code ({@code INVALID_EMAIL}, {@code PAGE_TOO_DEEP}...), which
     * never depends on the language. Absent for the container's checks (Bean Validation, parameters).
     */
    @JsonbPropertyOrder({"field", "code", "message"})
    public record FieldError(String field, String message, String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
