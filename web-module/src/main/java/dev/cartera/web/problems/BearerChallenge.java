package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** A 401 with the RFC 6750 challenge, so clients know to fetch a new token. */
public final class BearerChallenge {

    private BearerChallenge() {
    }

    /** The problem in the request's language; the challenge's description in English, as a header value is ASCII. */
    public static Response unauthorized(Message detail, HttpServletRequest request) {
        String description = detail.in(Locale.ENGLISH).replace("\"", "'").replaceAll("[^\\x20-\\x7E]", "'");
        return Response.fromResponse(Problems.response(401, detail, request))
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"cartera\", error=\"invalid_token\", error_description=\"" + description + "\"")
                .build();
    }
}
