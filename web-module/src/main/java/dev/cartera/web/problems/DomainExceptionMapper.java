package dev.cartera.web.problems;

import dev.cartera.identity.InvalidCredentialsException;
import dev.cartera.identity.InvalidTokenException;
import dev.cartera.imports.FileTooLargeException;
import dev.cartera.imports.UnsupportedFileException;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.StaleVersionException;
import dev.cartera.shared.TimedOutStatement;
import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;
import dev.cartera.web.http.RequestLanguage;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: the services' exceptions get their status, and anything unexpected a 500 that shows the
 * request id but never a stack trace (that goes to the log).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());
    /** A query that ran out of time will likely do so again at once: a little later, or with narrower filters. */
    private static final int STATEMENT_TIMEOUT_RETRY_SECONDS = 30;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception instanceof EJBException && exception.getCause() != null ? exception.getCause() : exception;
        Locale language = RequestLanguage.of(request);
        if (cause instanceof InvalidInputException invalid) {
            return Problems.invalid(invalid.problems().stream()
                    .map(problem -> new ProblemDetail.FieldError(problem.field(), problem.in(language), problem.code()))
                    .toList(), request);
        }
        if (cause instanceof InvalidFilterException invalid) {
            return invalidParameter(invalid.parameter(), invalid.explanation(), language);
        }
        if (cause instanceof InvalidParameterException invalid) {
            return invalidParameter(invalid.field(), invalid.reason(), language);
        }
        if (cause instanceof TooManyRequestsException busy) {
            return Response.fromResponse(Problems.response(429, busy.explanation(), request))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, busy.retryAfter().toSeconds())).build();
        }
        if (cause instanceof InvalidTokenException invalid) {
            return BearerChallenge.unauthorized(invalid.explanation(), request);
        }
        if (cause instanceof Explained explained) {
            return Problems.response(statusOf(cause, request), explained.explanation(), request);
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.response(409, Message.of("problem.concurrentChange"), request);
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problems.response(400, Message.of("problem.badJson", rootMessage(cause)), request);
        }
        if (TimedOutStatement.in(exception)) {
            LOG.warning(() -> "Statement timeout on " + request.getMethod() + " " + request.getRequestURI()
                    + ": the database cancelled the query (" + TimedOutStatement.SETTING + ")");
            return Response.fromResponse(Problems.response(503, Message.of("problem.statementTimeout"), request))
                    .header(HttpHeaders.RETRY_AFTER, STATEMENT_TIMEOUT_RETRY_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unhandled error on " + request.getMethod() + " " + request.getRequestURI(), exception);
        return Problems.response(500, Message.of("problem.serverError"), request);
    }

    private static int statusOf(Throwable explained, HttpServletRequest request) {
        return switch (explained) {
            case NotFoundException notFound -> 404;
            case StaleVersionException stale when request.getHeader(HttpHeaders.IF_MATCH) != null -> 412;
            case FileTooLargeException tooLarge -> 413;
            case UnsupportedFileException unsupported -> 415;
            case ConflictException conflict -> 409;
            case InvalidCredentialsException refused -> 401;
            default -> 400;
        };
    }

    /** A query, path or header parameter: the detail names it, and {@code errors} has it with the reason. */
    private Response invalidParameter(String parameter, Message reason, Locale language) {
        return Problems.invalid(List.of(new ProblemDetail.FieldError(parameter, reason.in(language))), request);
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
