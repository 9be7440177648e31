package io.agentbar.core.phone;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the agent typed in the number field, checked before anything reaches the network.
 * A number may contain digits and {@code * # +} plus the separators {@code - . ( ) [ ] { }} and
 * spaces, which are dropped; a name or SIP address is passed on as a user part or URI.
 */
public final class DialTarget {
    private static final Pattern NUMBER = Pattern.compile("[0-9*#+\\-.()\\[\\]{} ]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\-.()\\[\\]{} ]");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._~!$&'*+=;?-]{1,64}");
    private static final Pattern URI = Pattern.compile("sips?:[A-Za-z0-9._~!$&'*+=;?%-]{1,64}@[A-Za-z0-9.\\-\\[\\]:]{1,255}(;[A-Za-z0-9=._-]{1,64})*");

    private DialTarget() {
    }

    /** @return the normalised target, or empty when it cannot be dialled */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        if (t.isEmpty() || t.length() > 256) {
            return Optional.empty();
        }
        if (NUMBER.matcher(t).matches()) {
            String digits = SEPARATORS.matcher(t).replaceAll("");
            if (digits.isEmpty() || digits.indexOf('+', 1) > 0) {
                return Optional.empty();
            }
            return Optional.of(digits);
        }
        if (URI.matcher(t).matches() || USER.matcher(t).matches()) {
            return Optional.of(t);
        }
        return Optional.empty();
    }

    /** True when every character is one a number may hold (the number field's filter). */
    public static boolean isNumberText(String typed) {
        return typed.isEmpty() || NUMBER.matcher(typed).matches();
    }
}
