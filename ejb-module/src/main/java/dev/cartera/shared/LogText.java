package dev.cartera.shared;

/** Text from a client, made safe to put in a log line. */
public final class LogText {

    /** Longer input is cut: a log line is not a place for a megabyte of someone else's text. */
    static final int MAX_CHARS = 200;

    private LogText() {
    }

    /**
     * The text in single quotes, with line breaks and every other control character written as {@code \\uXXXX}
     * (and the quote and backslash escaped), so that a username such as {@code "x'\n2026-12-04 INFO admin logged in"}
     * cannot forge a log line or end the quoted value early.
     */
    public static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 2).append('\'');
        for (int i = 0; i < text.length() && i < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append(text.length() > MAX_CHARS ? "…'" : "'").toString();
    }
}
