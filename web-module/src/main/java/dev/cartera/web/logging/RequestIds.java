package dev.cartera.web.logging;

import jakarta.servlet.ServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id that ties a request to its log line and its error body; a caller's own id is kept when it is sane. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String choose(String fromClient) {
        return fromClient != null && ACCEPTABLE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }

    /** The request's id, or null outside a request that went through {@link RequestLogFilter}. */
    public static String of(ServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }
}
