package dev.cartera.web.pethotel;

import java.util.Arrays;

/**
 * How a pet's PNG rendition and its thumbnails are handed out by both the API (GET /api/picture/{petId}.png) and the
 * console's {@code /admin/pets/photos/{petId}.png}: the rendition's SHA-256 as the ETag ({@code <sha256>-<size>} for a
 * thumbnail, a function of the rendition and the size, so a revalidation is answered without making it) and
 * "revalidate every time", so a browser keeps the image and a replaced photo is never shown stale.
 */
final class PictureFiles {

    static final String PNG = "image/png";
    static final String CACHE_CONTROL = "private, no-cache";

    private PictureFiles() {
    }

    /** The strong ETag header value. */
    static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /** What names a thumbnail's version: the rendition's and the size. */
    static String thumbnailVersion(String pngSha256, int size) {
        return pngSha256 + "-" + size;
    }

    /** Whether an {@code If-None-Match} header names this version (RFC 9110: weak comparison, or {@code *}). */
    static boolean notModified(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag(sha256)));
    }
}
