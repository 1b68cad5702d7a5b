package dev.cartera.web.problems;

import dev.cartera.identity.InvalidCredentialsException;
import dev.cartera.identity.InvalidTokenException;
import dev.cartera.imports.FileTooLargeException;
import dev.cartera.imports.UnsupportedFileException;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.shared.filtering.InvalidFilterException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: the services' exceptions get their status, and anything unexpected a 500 that shows the
 * request id but never a stack trace (that goes to the log).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception instanceof EJBException && exception.getCause() != null ? exception.getCause() : exception;
        if (cause instanceof NotFoundException) {
            return Problems.response(404, cause.getMessage().endsWith(".") ? cause.getMessage() : cause.getMessage() + ".", request);
        }
        if (cause instanceof FileTooLargeException) {
            return Problems.response(413, cause.getMessage(), request);
        }
        if (cause instanceof UnsupportedFileException) {
            return Problems.response(415, cause.getMessage(), request);
        }
        if (cause instanceof ConflictException) {
            return Problems.response(409, cause.getMessage(), request);
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.response(409, "Someone else changed this record at the same time. Reload it and try again.", request);
        }
        if (cause instanceof TooManyRequestsException busy) {
            return Response.fromResponse(Problems.response(429, cause.getMessage(), request))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, busy.retryAfter().toSeconds())).build();
        }
        if (cause instanceof InvalidCredentialsException) {
            return Problems.response(401, cause.getMessage(), request);
        }
        if (cause instanceof InvalidTokenException) {
            return BearerChallenge.unauthorized(cause.getMessage(), request);
        }
        if (cause instanceof InvalidInputException invalid) {
            String detail = invalid.problems().size() == 1
                    ? "The request is not valid: " + invalid.getMessage() + "."
                    : "The request is not valid: " + invalid.problems().size() + " fields need fixing (see errors).";
            return Problems.response(Problems.of(400, detail, request, invalid.problems().stream()
                    .map(problem -> new ProblemDetail.FieldError(problem.field(), problem.message())).toList()));
        }
        if (cause instanceof InvalidFilterException invalid) {
            return Problems.response(Problems.of(400, "The request is not valid: " + invalid.parameter() + " "
                    + invalid.getMessage() + ".", request, List.of(new ProblemDetail.FieldError(invalid.parameter(), invalid.getMessage()))));
        }
        if (cause instanceof InvalidParameterException invalid) {
            return Problems.response(Problems.of(400, invalid.getMessage(), request,
                    List.of(new ProblemDetail.FieldError(invalid.field(), invalid.reason()))));
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problems.response(400, "The request body is not valid JSON for this endpoint: "
                    + rootMessage(cause), request);
        }
        LOG.log(Level.SEVERE, "Unhandled error on " + request.getMethod() + " " + request.getRequestURI(), exception);
        return Problems.response(500, "The server failed to handle the request. Quote the requestId when reporting it.", request);
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
