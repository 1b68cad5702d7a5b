package dev.cartera.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A 401 with the RFC 6750 challenge, so clients know to fetch a new token. */
public final class BearerChallenge {

    private BearerChallenge() {
    }

    public static Response unauthorized(String detail, HttpServletRequest request) {
        String description = detail.replace("\"", "'");
        return Response.fromResponse(Problems.response(401, detail, request))
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"cartera\", error=\"invalid_token\", error_description=\"" + description + "\"")
                .build();
    }
}
