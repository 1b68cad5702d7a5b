package dev.cartera.shared.spreadsheets;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP "CSV Injection"). Excel, LibreOffice and
 * Google Sheets treat a cell starting with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and a
 * leading tab or carriage return can hide such a character from a reviewer; an exported customer name like
 * {@code =HYPERLINK("http://evil","x")} would otherwise run on the operator's machine.
 *
 * <p>As OWASP recommends, such a value is prefixed with a single quote, which spreadsheets read as "this is
 * text" and do not display. Legitimate values are not spared: a phone in E.164 ({@code +593991234567}) or a
 * negative-looking reference also gets the quote, because telling them apart from an attack is guesswork.
 * The rule applies to every text cell of every export format; typed numbers and dates need no protection.
 */
public final class SpreadsheetInjection {

    private SpreadsheetInjection() {
    }

    /**
     * @return the value with a {@code '} before a formula trigger that starts it or follows a {@code ;} inside it;
     *         {@code null} stays null
     */
    public static String neutralise(String value) {
        int trigger = value == null ? -1 : nextTrigger(value, 0);
        if (trigger < 0) {
            return value; // most values: no copy (an export of a million customers neutralises ten million)
        }
        StringBuilder guarded = new StringBuilder(value.length() + 2);
        int copied = 0;
        while (trigger >= 0) {
            guarded.append(value, copied, trigger).append('\'');
            copied = trigger;
            trigger = nextTrigger(value, trigger + 1);
        }
        return guarded.append(value, copied, value.length()).toString();
    }

    /**
     * Where, from {@code from} on, the next formula trigger starts a cell: the value's start, or just after a
     * {@code ;}, since Excel set to a Latin-American locale splits a CSV line at ';' (so "Ana;=HYPERLINK(...)"
     * becomes two cells and the second one a formula); -1 when none does.
     */
    private static int nextTrigger(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            if ((i == 0 || value.charAt(i - 1) == ';') && isTrigger(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTrigger(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
