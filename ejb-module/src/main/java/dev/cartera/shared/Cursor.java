package dev.cartera.shared;

import dev.cartera.shared.filtering.InvalidFilterException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the previous page of a list ended, for keyset paging: the sort it was read in and the last row's sort
 * value and id. The next page starts after that row, whatever was inserted or deleted before it, and costs the
 * same at the millionth row as at the first (no offset to skip). Opaque to clients: base64url of a versioned text.
 *
 * @param lastValue the last row's value of the sorted attribute as text, null when it had none
 */
public record Cursor(String sortField, boolean ascending, String lastValue, String lastId) {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "|";
    private static final String NULL = "-";
    private static final String VALUE = "=";

    public String encode() {
        String text = String.join(SEPARATOR, VERSION, part(sortField), ascending ? "a" : "d",
                lastValue == null ? NULL : VALUE + part(lastValue), part(lastId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidFilterException naming the {@code cursor} parameter when the text is not a cursor */
    public static Cursor decode(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8)
                    .split("\\" + SEPARATOR, -1);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !(parts[2].equals("a") || parts[2].equals("d"))
                    || !(parts[3].equals(NULL) || parts[3].startsWith(VALUE))) {
                throw InvalidFilterException.of("cursor", "cursor.invalid");
            }
            String value = parts[3].equals(NULL) ? null : unpart(parts[3].substring(VALUE.length()));
            return new Cursor(unpart(parts[1]), parts[2].equals("a"), value, unpart(parts[4]));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidFilterException invalid) {
                throw invalid;
            }
            throw InvalidFilterException.of("cursor", "cursor.invalid");
        }
    }

    /** Whether the cursor was made for a list read in this order. */
    public boolean follows(Sort sort) {
        return sortField.equals(sort.field()) && ascending == sort.ascending();
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unpart(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
