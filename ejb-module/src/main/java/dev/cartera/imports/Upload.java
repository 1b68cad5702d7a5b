package dev.cartera.imports;

/** A file as archived: its size, SHA-256 (hex) and the content type the client declared. */
public record Upload(long sizeBytes, String sha256, String contentType) {
}
