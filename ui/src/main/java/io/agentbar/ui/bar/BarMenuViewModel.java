package io.agentbar.ui.bar;

import io.agentbar.core.settings.ThemeMode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings button and the bar's menu: what opens the settings and the recordings, and the
 * window's behaviour (on top, docked, dark). Each entry is there only once the app wired it, so a
 * bar without a settings file shows no dead button.
 */
public final class BarMenuViewModel {
    private final ReadOnlyBooleanWrapper settingsAvailable = new ReadOnlyBooleanWrapper(this, "settingsAvailable");
    private final ReadOnlyBooleanWrapper recordingsAvailable = new ReadOnlyBooleanWrapper(this, "recordingsAvailable");
    private final ReadOnlyBooleanWrapper windowAvailable = new ReadOnlyBooleanWrapper(this, "windowAvailable");
    private final ReadOnlyBooleanWrapper themeAvailable = new ReadOnlyBooleanWrapper(this, "themeAvailable");
    private final BooleanProperty alwaysOnTop = new SimpleBooleanProperty(this, "alwaysOnTop");
    private final BooleanProperty docked = new SimpleBooleanProperty(this, "docked");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Optional<Runnable> settings = Optional.empty();
    private Optional<Runnable> recordings = Optional.empty();
    private Consumer<ThemeMode> themeChoice = mode -> { };

    /** The settings button opens the dialog through {@code open}. */
    public void useSettings(Runnable open) {
        settings = Optional.of(Objects.requireNonNull(open, "open"));
        settingsAvailable.set(true);
    }

    public void useRecordings(Runnable open) {
        recordings = Optional.of(Objects.requireNonNull(open, "open"));
        recordingsAvailable.set(true);
    }

    /** The on-top and dock entries drive {@code alwaysOnTop} and {@code docked} of a placed window. */
    public void useWindow(BooleanProperty onTop, BooleanProperty dock) {
        alwaysOnTop.bindBidirectional(onTop);
        docked.bindBidirectional(dock);
        windowAvailable.set(true);
    }

    /** The dark-theme entry saves the choice through {@code choose}; {@code current} is shown. */
    public void useTheme(ThemeMode current, Consumer<ThemeMode> choose) {
        themeChoice = Objects.requireNonNull(choose, "choose");
        dark.set(current == ThemeMode.DARK);
        themeAvailable.set(true);
    }

    /** The theme changed elsewhere (the settings dialog). */
    public void showTheme(ThemeMode mode) {
        dark.set(mode == ThemeMode.DARK);
    }

    public void openSettings() {
        settings.ifPresent(Runnable::run);
    }

    public void openRecordings() {
        recordings.ifPresent(Runnable::run);
    }

    public void toggleAlwaysOnTop() {
        if (windowAvailable.get()) {
            alwaysOnTop.set(!alwaysOnTop.get());
        }
    }

    public void toggleDocked() {
        if (windowAvailable.get()) {
            docked.set(!docked.get());
        }
    }

    public void toggleDark() {
        if (themeAvailable.get()) {
            dark.set(!dark.get());
            themeChoice.accept(dark.get() ? ThemeMode.DARK : ThemeMode.LIGHT);
        }
    }

    public ReadOnlyBooleanProperty settingsAvailable() {
        return settingsAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordingsAvailable() {
        return recordingsAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty windowAvailable() {
        return windowAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty themeAvailable() {
        return themeAvailable.getReadOnlyProperty();
    }

    public BooleanProperty alwaysOnTop() {
        return alwaysOnTop;
    }

    public BooleanProperty docked() {
        return docked;
    }

    public BooleanProperty dark() {
        return dark;
    }
}
