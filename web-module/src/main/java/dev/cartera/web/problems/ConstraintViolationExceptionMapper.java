package dev.cartera.web.problems;

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

/** Bean Validation failures: 400 with one {@code {field, message}} per violation. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ProblemDetail.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? "The request is not valid: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : "The request is not valid: " + errors.size() + " fields need fixing (see errors).";
        return Problems.response(Problems.of(400, detail, request, errors));
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
