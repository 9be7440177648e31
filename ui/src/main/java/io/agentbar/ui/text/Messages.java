package io.agentbar.ui.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text by key. A missing key shows as {@code !key!} instead of failing,
 * so a translation gap never takes the bar down; a test checks every key exists in English.
 */
public final class Messages {
    private static final String BUNDLE = "io.agentbar.ui.text.messages";

    private Messages() {
    }

    /**
     * The text for {@code key}, with {@code args} filled in by {@link MessageFormat}. Texts use the
     * typographic apostrophe (’) because MessageFormat swallows the ASCII one; pass numbers that
     * are codes (SIP status, extension) as strings so they are not grouped like "1,001".
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
