package io.agentbar.app.config;

import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The agent's preferences as the {@code preferences.*} keys of the settings file. A broken value
 * falls back to its default with a warning: a typo in one line never costs the agent the rest, nor
 * the bar its start.
 */
public final class PreferencesFile implements PreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);

    private final Path path;

    public PreferencesFile(Path path) {
        this.path = path;
    }

    /** The preferences in the standard settings file. */
    public static PreferencesFile standard() {
        return new PreferencesFile(SettingsFile.standard().path());
    }

    @Override
    public Preferences load() {
        try {
            return PreferencesProperties.read(PropertiesFile.read(path));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("preferences in {} are unreadable ({}); using the defaults", path, e.getMessage());
            return Preferences.defaults();
        }
    }

    @Override
    public void save(Preferences preferences) throws IOException {
        PropertiesFile.replaceSection(path, PreferencesProperties.PREFIX, PreferencesProperties.write(preferences));
    }
}
