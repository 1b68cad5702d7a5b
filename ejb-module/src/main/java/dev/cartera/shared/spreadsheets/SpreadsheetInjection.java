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
        if (value == null || !needsGuard(value)) {
            return value; // most values: no copy (an export of a million customers neutralises ten million)
        }
        // Excel set to a Latin-American locale splits a CSV line at ';', so "Ana;=HYPERLINK(...)" becomes two
        // cells and the second one a formula: every piece after a ';' is guarded as a cell of its own
        StringBuilder guarded = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && isTrigger(c)) {
                guarded.append('\'');
            }
            guarded.append(c);
            cellStart = c == ';';
        }
        return guarded.toString();
    }

    private static boolean needsGuard(String value) {
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && isTrigger(c)) {
                return true;
            }
            cellStart = c == ';';
        }
        return false;
    }

    private static boolean isTrigger(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
