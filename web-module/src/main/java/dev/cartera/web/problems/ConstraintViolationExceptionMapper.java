package dev.cartera.web.problems;

import dev.cartera.web.http.RequestLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean Validation failures: 400 with one {@code {field, message}} per violation. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale language = RequestLanguage.of(request);
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ProblemDetail.FieldError(fieldOf(violation), ConstraintMessages.in(violation, language)))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        return Problems.invalid(errors, request);
    }

    /**
     * {@code create.request.username} becomes {@code username}; a constraint on a whole parameter keeps the
     * parameter's name, and a missing request body is {@code body}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null || parameter.equals("request") ? "body" : parameter;
    }
}
