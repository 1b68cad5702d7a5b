package dev.cartera.web.pethotel;

import dev.cartera.pethotel.PictureRejectedException;
import dev.cartera.web.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused picture: 413 too many bytes, 415 not a JPEG, PNG or WebP, 422 too many pixels. */
@Provider
public class PictureRejectedMapper implements ExceptionMapper<PictureRejectedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(PictureRejectedException exception) {
        int status = switch (exception.reason()) {
            case TOO_LARGE -> 413;
            case NOT_AN_IMAGE -> 415;
            case TOO_MANY_PIXELS -> 422;
        };
        Response response = Problems.response(status, exception.explanation(), request);
        // the rest of an oversized body is not read: close the connection rather than drain it
        return status == 413 ? Response.fromResponse(response).header("Connection", "close").build() : response;
    }
}
