package dev.cartera.storage;

import java.nio.charset.StandardCharsets;

/**
 * The rules every key obeys, whatever the adapter. They are stricter than S3's so that a key means the
 * same object in a bucket and in a directory tree, and so that no key can climb out of that tree:
 * segments separated by "/", none of them empty, "." or ".."; no leading or trailing "/", no backslash,
 * no control character; at most 1024 bytes in UTF-8 (the S3 limit).
 */
public final class BlobKeys {

    static final int MAX_KEY_BYTES = 1024;

    private BlobKeys() {
    }

    /** @return {@code key}, when it is valid */
    public static String requireValidKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A blob key must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw invalid(key, "is longer than " + MAX_KEY_BYTES + " bytes");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                throw invalid(key, "contains a backslash");
            }
            if (Character.isISOControl(c)) {
                throw invalid(key, "contains a control character");
            }
        }
        // limit -1 keeps trailing empty segments, so "a/" and "a//b" are caught here too
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                throw invalid(key, "has an empty segment (a leading, trailing or doubled '/')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid(key, "has a '" + segment + "' segment");
            }
        }
        return key;
    }

    /**
     * A prefix for {@link BlobStore#list}: empty, or a valid key, optionally followed by one "/".
     *
     * @return {@code prefix}, when it is valid
     */
    public static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("A blob key prefix must not be null; use \"\" for every key");
        }
        if (!prefix.isEmpty()) {
            requireValidKey(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        }
        return prefix;
    }

    private static IllegalArgumentException invalid(String key, String why) {
        return new IllegalArgumentException("Invalid blob key \"" + printable(key) + "\": it " + why);
    }

    /** Keeps a hostile key from writing control characters into a log line. */
    private static String printable(String key) {
        String shown = key.length() > 100 ? key.substring(0, 100) + "..." : key;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
