package io.agentbar.app.config;

import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.ThemeMode;
import io.agentbar.core.settings.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WindowStateFileTest {
    @TempDir
    Path dir;

    private Path path() {
        return dir.resolve("agentbar/settings.properties");
    }

    @Test
    void theWindowStateSurvivesARoundTrip() throws Exception {
        WindowState s = WindowState.defaults().at(-1200, 24, 900).withAlwaysOnTop(true).withDocked(true);

        new WindowStateFile(path()).save(s);

        assertThat(new WindowStateFile(path()).load()).isEqualTo(s);
        assertThat(Files.readString(path())).contains("window.x=-1200", "window.width=900", "window.docked=true");
    }

    @Test
    void noFileMeansAFirstRun() {
        assertThat(new WindowStateFile(path()).load()).isEqualTo(WindowState.defaults());
    }

    @Test
    void movingTheWindowKeepsThePreferencesAndTheyKeepTheWindow() throws Exception {
        PreferencesFile preferences = new PreferencesFile(path());
        Preferences dark = Preferences.defaults().withTheme(ThemeMode.DARK);
        preferences.save(dark);
        WindowStateFile window = new WindowStateFile(path());
        window.save(WindowState.defaults().at(10, 20, 880));
        preferences.save(dark.withAutoAnswer(true, 7));

        assertThat(preferences.load()).isEqualTo(dark.withAutoAnswer(true, 7));
        assertThat(window.load().x()).contains(10.0);
    }

    @Test
    void aBrokenValueIsDroppedAlone() throws Exception {
        Files.createDirectories(path().getParent());
        Files.writeString(path(), "window.x=left\nwindow.y=20\nwindow.width=900\nwindow.alwaysOnTop=true\n",
                StandardCharsets.UTF_8);

        WindowState s = new WindowStateFile(path()).load();

        assertThat(s.x()).isEmpty();
        assertThat(s.y()).as("a place needs both").isEmpty();
        assertThat(s.width()).contains(900.0);
        assertThat(s.alwaysOnTop()).isTrue();
        assertThat(s.docked()).isFalse();
        assertThat(Optional.of(s)).isPresent();
    }
}
