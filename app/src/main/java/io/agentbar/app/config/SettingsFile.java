package io.agentbar.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The settings file ({@code $XDG_CONFIG_HOME/agentbar/settings.properties}). Writes are atomic; a file
 * that cannot be read is set aside as {@code .corrupt} (never deleted) and the app starts with defaults.
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private final Path path;

    public SettingsFile(Path path) {
        this.path = path;
    }

    public static SettingsFile standard() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsFile(base.resolve("agentbar").resolve("settings.properties"));
    }

    public Path path() {
        return path;
    }

    public Settings load() {
        if (!Files.exists(path)) {
            return Settings.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return Settings.fromProperties(p);
        } catch (IOException | IllegalArgumentException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".corrupt");
            LOG.warn("settings file {} is unreadable ({}); kept as {} and starting with defaults", path, e.getMessage(), aside);
            try {
                Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("could not set the unreadable settings file aside", moveFailed);
            }
            return Settings.empty();
        }
    }

    /** Saves the account, keeping the other sections of the file (the agent's preferences). */
    public void save(Settings settings) throws IOException {
        PropertiesFile.replaceSection(path, "account.", settings.toProperties());
    }
}
