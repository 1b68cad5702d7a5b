package dev.cartera.web.lending;

/** {@code {"status": "APPROVED"}}; {@code version}, when sent, must be the one last read (or use If-Match). */
public record StatusChange(String status, Long version) {
}
