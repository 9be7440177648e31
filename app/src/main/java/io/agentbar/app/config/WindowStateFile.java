package io.agentbar.app.config;

import io.agentbar.core.settings.WindowState;
import io.agentbar.core.settings.WindowStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The bar window's place and behaviour as the {@code window.*} keys of the settings file, written
 * atomically in their own section: moving the window never rewrites the account or the preferences.
 * A broken value is dropped on its own (the window then opens where the system puts it).
 */
public final class WindowStateFile implements WindowStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStateFile.class);
    static final String PREFIX = "window.";

    private final Path path;

    public WindowStateFile(Path path) {
        this.path = path;
    }

    /** The window state in the standard settings file. */
    public static WindowStateFile standard() {
        return new WindowStateFile(SettingsFile.standard().path());
    }

    @Override
    public WindowState load() {
        Properties in;
        try {
            in = PropertiesFile.read(path);
        } catch (IOException e) {
            LOG.warn("window state in {} is unreadable ({}); the window opens where the system puts it", path,
                    e.getMessage());
            return WindowState.defaults();
        }
        return new WindowState(number(in, "x"), number(in, "y"), number(in, "width"), bool(in, "alwaysOnTop"),
                bool(in, "docked"));
    }

    @Override
    public void save(WindowState state) throws IOException {
        Properties out = new Properties();
        state.x().ifPresent(x -> out.setProperty(PREFIX + "x", format(x)));
        state.y().ifPresent(y -> out.setProperty(PREFIX + "y", format(y)));
        state.width().ifPresent(w -> out.setProperty(PREFIX + "width", format(w)));
        out.setProperty(PREFIX + "alwaysOnTop", Boolean.toString(state.alwaysOnTop()));
        out.setProperty(PREFIX + "docked", Boolean.toString(state.docked()));
        PropertiesFile.replaceSection(path, PREFIX, out);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static Optional<Double> number(Properties in, String key) {
        String text = in.getProperty(PREFIX + key);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            LOG.warn("settings: {}{}={} is not a number; ignored", PREFIX, key, text);
            return Optional.empty();
        }
    }

    private static boolean bool(Properties in, String key) {
        return "true".equalsIgnoreCase(in.getProperty(PREFIX + key, "false").strip());
    }
}
