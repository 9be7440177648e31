package io.agentbar.ui.bar;

import io.agentbar.core.settings.ThemeMode;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarMenuViewModelTest {
    private final BarMenuViewModel menu = new BarMenuViewModel();

    @Test
    void entriesAreThereOnlyOnceWired() {
        List<String> opened = new ArrayList<>();
        menu.openSettings();
        menu.toggleAlwaysOnTop();
        assertThat(menu.settingsAvailable().get()).isFalse();
        assertThat(menu.alwaysOnTop().get()).isFalse();

        menu.useSettings(() -> opened.add("settings"));
        menu.useRecordings(() -> opened.add("recordings"));
        menu.openSettings();
        menu.openRecordings();

        assertThat(opened).containsExactly("settings", "recordings");
        assertThat(menu.settingsAvailable().get()).isTrue();
        assertThat(menu.recordingsAvailable().get()).isTrue();
    }

    @Test
    void windowTogglesDriveThePlacedWindow() {
        SimpleBooleanProperty onTop = new SimpleBooleanProperty();
        SimpleBooleanProperty docked = new SimpleBooleanProperty(true);
        menu.useWindow(onTop, docked);

        menu.toggleAlwaysOnTop();
        menu.toggleDocked();

        assertThat(onTop.get()).isTrue();
        assertThat(docked.get()).isFalse();
    }

    @Test
    void theDarkEntrySavesTheChoice() {
        List<ThemeMode> saved = new ArrayList<>();
        menu.useTheme(ThemeMode.LIGHT, saved::add);

        menu.toggleDark();
        menu.toggleDark();

        assertThat(saved).containsExactly(ThemeMode.DARK, ThemeMode.LIGHT);
        menu.showTheme(ThemeMode.DARK);
        assertThat(menu.dark().get()).isTrue();
    }
}
