package dev.cartera.web.lending;

/** {@code {"status": "APPROVED"}}; {@code version}, when sent, must be the one last read (or use If-Match). */
public record StatusChange(String status, Long version) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "status": "APPROVED"
            }""";
}
