package io.agentbar.ui;

import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.WindowStateStore;
import io.agentbar.ui.phone.FakePhone;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.MutableClock;
import io.agentbar.ui.settings.SettingsFakes;
import io.agentbar.ui.settings.SettingsPorts;
import io.agentbar.ui.settings.SettingsViewModel;
import javafx.stage.Stage;

import java.util.List;

/** The bar as the app shows it (settings button, menu, badge slot) on a stage, for the screenshot tests. */
final class ScreenshotBar {
    private ScreenshotBar() {
    }

    static BarWindow show(Stage stage, FakePhone phone, MutableClock clock, Preferences preferences) {
        SettingsViewModel settings = new SettingsViewModel(SettingsFakes.PROFILE, new SettingsPorts(
                new SettingsFakes.Store(preferences), new SettingsFakes.Target(),
                new SettingsFakes.Devices(List.of(), List.of()), new SettingsFakes.Checks(List.of())),
                Runnable::run, FxBridge.onFxThread().executor());
        BarWindow bar = BarWindow.build(phone, phone, clock, (typed, limit) -> List.of());
        bar.useSettings(settings);
        bar.useRecordings(new io.agentbar.ui.recordings.RecordingsViewModel(List::of,
                new io.agentbar.ui.recordings.FakePlayer(), FxBridge.onFxThread(), Runnable::run,
                java.time.ZoneOffset.UTC, java.util.Optional.empty()));
        stage.setTitle("AgentBar");
        bar.place(stage, WindowStateStore.inMemory());
        stage.show();
        return bar;
    }

    /** TestFX reuses the stage: neither an old ringing toast nor a minimised stage may take the next test's keys. */
    static void close(BarWindow bar, Stage stage) {
        UiTestSupport.onFx(() -> {
            bar.ringingToast().ifPresent(Stage::hide);
            stage.setIconified(false);
            return null;
        });
    }
}
