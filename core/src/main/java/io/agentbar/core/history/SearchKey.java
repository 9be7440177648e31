package io.agentbar.core.history;

import java.util.Locale;

/**
 * How typed text is compared with stored numbers and names. A number is compared without the
 * punctuation people write numbers with ({@code + - . ( ) [ ] { }} and spaces), so "(02) 100-200"
 * is found by "02100"; a name is compared case-insensitively. Both are "contains" matches.
 */
public final class SearchKey {
    private static final String NUMBER_PUNCTUATION = "+-.()[]{}";

    private SearchKey() {
    }

    /** {@code number} without punctuation and spaces, lower case (a SIP user part may hold letters). */
    public static String number(String number) {
        StringBuilder key = new StringBuilder(number.length());
        number.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && NUMBER_PUNCTUATION.indexOf(c) < 0) {
                key.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return key.toString();
    }

    /** {@code name} trimmed and lower-cased, for a case-insensitive match. */
    public static String name(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code typed} finds a call with this number or name; blank text finds everything. */
    public static boolean matches(String typed, String number, String name) {
        String numberKey = number(typed);
        String nameKey = name(typed);
        if (numberKey.isEmpty() && nameKey.isEmpty()) {
            return true;
        }
        return (!numberKey.isEmpty() && number(number).contains(numberKey))
                || (!nameKey.isEmpty() && name(name).contains(nameKey));
    }
}
