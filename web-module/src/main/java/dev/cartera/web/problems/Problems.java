package dev.cartera.web.problems;

import dev.cartera.web.logging.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem documents the same way for JAX-RS responses and for container error pages. */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String TYPE_BASE = "https://cartera.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(int status, String detail, HttpServletRequest request, List<ProblemDetail.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String type = known != null ? TYPE_BASE + known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "about:blank";
        String instance = request == null ? null : pathOf(request);
        String requestId = request == null ? null : RequestIds.of(request);
        return new ProblemDetail(type, title, status, detail, instance, requestId,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Response response(int status, String detail, HttpServletRequest request) {
        return response(of(status, detail, request, null));
    }

    public static Response response(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(toJson(problem)).build();
    }

    public static String toJson(ProblemDetail problem) {
        return JSONB.toJson(problem);
    }

    private static String pathOf(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
