package io.agentbar.app.config;

import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.ThemeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * {@link Preferences} to and from {@code preferences.*} keys; each key falls back on its own. Device
 * names are kept exactly (mixer names may end in spaces).
 */
final class PreferencesProperties {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesProperties.class);
    static final String PREFIX = "preferences.";

    private PreferencesProperties() {
    }

    static Properties write(Preferences p) {
        Properties out = new Properties();
        out.setProperty(PREFIX + "autoAnswer", Boolean.toString(p.autoAnswer()));
        out.setProperty(PREFIX + "autoAnswerDelay", Integer.toString(p.autoAnswerDelaySeconds()));
        out.setProperty(PREFIX + "ringtone", Boolean.toString(p.ringtoneEnabled()));
        out.setProperty(PREFIX + "ringtoneVolume", Double.toString(p.ringtoneVolume()));
        out.setProperty(PREFIX + "speaker", p.speaker());
        out.setProperty(PREFIX + "microphone", p.microphone());
        out.setProperty(PREFIX + "ringtoneDevice", p.ringtoneDevice());
        out.setProperty(PREFIX + "messengerSound", Boolean.toString(p.messengerSound()));
        out.setProperty(PREFIX + "notificationPosition", token(p.notificationPosition()));
        out.setProperty(PREFIX + "theme", token(p.theme()));
        return out;
    }

    static Preferences read(Properties in) {
        Preferences d = Preferences.defaults();
        Reader r = new Reader(in);
        return new Preferences(
                r.value("autoAnswer", d.autoAnswer(), PreferencesProperties::bool),
                r.value("autoAnswerDelay", d.autoAnswerDelaySeconds(), s -> {
                    int seconds = Integer.parseInt(s.strip());
                    if (!Preferences.validDelay(seconds)) {
                        throw new IllegalArgumentException("out of range 0.." + Preferences.MAX_AUTO_ANSWER_DELAY);
                    }
                    return seconds;
                }),
                r.value("ringtone", d.ringtoneEnabled(), PreferencesProperties::bool),
                r.value("ringtoneVolume", d.ringtoneVolume(), s -> {
                    double v = Double.parseDouble(s.strip());
                    if (!(v >= 0 && v <= 1)) {
                        throw new IllegalArgumentException("out of range 0..1");
                    }
                    return v;
                }),
                r.value("speaker", d.speaker(), s -> s),
                r.value("microphone", d.microphone(), s -> s),
                r.value("ringtoneDevice", d.ringtoneDevice(), s -> s),
                r.value("messengerSound", d.messengerSound(), PreferencesProperties::bool),
                r.value("notificationPosition", d.notificationPosition(), s -> parse(NotificationPosition.class, s)),
                r.value("theme", d.theme(), s -> parse(ThemeMode.class, s)));
    }

    /** {@code Boolean.parseBoolean} reads "yes" as false; a hand-edited file deserves a warning instead. */
    private static boolean bool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static String token(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s) {
        return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private record Reader(Properties in) {
        <T> T value(String key, T fallback, Function<String, T> parser) {
            String text = in.getProperty(PREFIX + key);
            if (text == null) {
                return fallback;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                LOG.warn("settings: {}{}={} is not valid ({}); using {}", PREFIX, key, text, e.getMessage(), fallback);
                return fallback;
            }
        }
    }
}
