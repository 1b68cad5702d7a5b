package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.i18n.Messages;
import dev.cartera.web.http.RequestLanguage;
import dev.cartera.web.logging.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Builds problem documents the same way for JAX-RS responses and for container error pages, in the language the
 * request asks for ({@link RequestLanguage}): {@code title}, {@code detail} and each {@code errors[].message}.
 */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String TYPE_BASE = "https://cartera.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(int status, Message detail, HttpServletRequest request, List<ProblemDetail.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        Locale language = RequestLanguage.of(request);
        String titleKey = "problem.title." + status;
        String title = Messages.has(language, titleKey) ? Messages.text(language, titleKey)
                : known != null ? known.getReasonPhrase() : "HTTP " + status;
        String type = known != null ? TYPE_BASE + known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "about:blank";
        String instance = request == null ? null : pathOf(request);
        String requestId = request == null ? null : RequestIds.of(request);
        return new ProblemDetail(type, title, status, detail.in(language), instance, requestId,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Response response(int status, Message detail, HttpServletRequest request) {
        return response(of(status, detail, request, null), request);
    }

    /** A 400 that lists what to fix: its detail names the one field, or counts them. */
    public static Response invalid(List<ProblemDetail.FieldError> errors, HttpServletRequest request) {
        Message detail = errors.size() == 1 ? Message.of("problem.invalid.one", errors.get(0).field(), errors.get(0).message())
                : Message.of("problem.invalid.many", errors.size());
        return response(of(400, detail, request, errors), request);
    }

    /** The document with the language it is written in, which depends on the request's Accept-Language. */
    public static Response response(ProblemDetail problem, HttpServletRequest request) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(toJson(problem))
                .header(HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.of(request).toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** The same answer written by a servlet: status, language headers and the document. */
    public static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(problem.status());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.of(request).toLanguageTag());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson(problem));
    }

    public static String toJson(ProblemDetail problem) {
        return JSONB.toJson(problem);
    }

    private static String pathOf(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
