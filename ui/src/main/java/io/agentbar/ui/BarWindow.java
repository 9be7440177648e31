package io.agentbar.ui;

import io.agentbar.core.history.NumberSuggestions;
import io.agentbar.core.settings.WindowStateStore;
import io.agentbar.ui.bar.BarView;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.bar.HistoryDropDown;
import io.agentbar.ui.bar.HistorySuggestions;
import io.agentbar.ui.call.Shortcuts;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import io.agentbar.ui.recordings.RecordingsViewModel;
import io.agentbar.ui.recordings.RecordingsWindow;
import io.agentbar.ui.settings.AutoAnswerBadge;
import io.agentbar.ui.settings.SettingsDialog;
import io.agentbar.ui.settings.SettingsViewModel;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.toast.RingingToast;
import io.agentbar.ui.toast.RingingToastViewModel;
import io.agentbar.ui.window.WindowPlacement;
import io.agentbar.ui.window.WindowPlacementViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.time.Clock;

/**
 * The bar, built and wired, with the hooks the app adds as it has them: the settings (badge,
 * button, theme, toast corner), the recordings window, the window's remembered place and
 * behaviour, and the always-on-top toast for calls ringing while the bar is in the background.
 *
 * <pre>{@code
 *   BarWindow bar = BarWindow.build(PhoneControls.of(phone), PhoneEvents.of(phone), clock, history);
 *   bar.useSettings(settingsViewModel);
 *   bar.useRecordings(recordingsViewModel);
 *   bar.place(stage, windowStateStore);   // before stage.show()
 * }</pre>
 */
public final class BarWindow {
    private final Scene scene;
    private final BarView view;
    private final BarViewModel viewModel;
    private Stage ringingToast;

    private BarWindow(Scene scene, BarView view, BarViewModel viewModel) {
        this.scene = scene;
        this.view = view;
        this.viewModel = viewModel;
    }

    /** The bar for a phone; call on the FX thread. */
    public static BarWindow build(PhoneControls controls, PhoneEvents events, Clock clock, NumberSuggestions history) {
        BarViewModel vm = new BarViewModel(controls, clock);
        BarView view = new BarView(vm);
        HistoryDropDown.attach(view.numberField(), new HistorySuggestions(history, clock));
        Scene scene = new Scene(view);
        Theme.applyTo(scene);
        Shortcuts.install(scene, vm::answerRinging, vm::endCurrentCall, vm::toggleHoldCurrent, vm::toggleDialpad);
        Shortcuts.install(scene, Shortcuts.MUTE, vm::toggleMicrophone);
        Shortcuts.install(scene, Shortcuts.PAUSE, vm.agent()::togglePause);

        FxBridge bridge = FxBridge.onFxThread();
        bridge.connect(events, vm::onEvent);
        bridge.connectAgent(events, vm::onAgentEvent);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        // the ticker would keep the closed window's view model alive and ticking
        scene.windowProperty().subscribe(window -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticker.stop());
                window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    ticker.play();
                    view.numberField().requestFocus();
                });
            }
        });
        return new BarWindow(scene, view, vm);
    }

    /**
     * The settings: the red auto-answer badge, the settings button and Ctrl+, ; the theme and the
     * toast corner follow what is saved (the theme also what is being chosen in the dialog).
     */
    public void useSettings(SettingsViewModel settings) {
        view.addBadge(new AutoAnswerBadge(settings));
        viewModel.menu().useSettings(() -> SettingsDialog.open(scene.getWindow(), settings));
        scene.getAccelerators().put(SettingsDialog.SHORTCUT, viewModel.menu()::openSettings);
        settings.services().theme().subscribe(mode -> {
            if (mode != null) {
                Theme.mode().set(mode);
                viewModel.menu().showTheme(mode);
            }
        });
        viewModel.menu().useTheme(settings.saved().theme(), settings::saveTheme);
        settings.savedPreferences().subscribe(p -> viewModel.toasts().position().set(p.notificationPosition()));
        viewModel.ringtone().use(settings.saved().ringtoneEnabled(), settings::saveRingtone);
        settings.savedPreferences().subscribe(p -> viewModel.ringtone().show(p.ringtoneEnabled()));
    }

    /** The recordings window: a menu entry and Ctrl+R. */
    public void useRecordings(RecordingsViewModel recordings) {
        viewModel.menu().useRecordings(() -> RecordingsWindow.open(scene.getWindow(), recordings));
        scene.getAccelerators().put(RecordingsWindow.SHORTCUT, viewModel.menu()::openRecordings);
    }

    /**
     * Puts the bar on {@code stage}: remembered place and width, always on top and docking from
     * the menu, and the ringing toast while the stage is in the background. Call before showing.
     */
    public void place(Stage stage, WindowStateStore store) {
        stage.setScene(scene);
        WindowPlacementViewModel placement = new WindowPlacementViewModel(store);
        WindowPlacement.attach(stage, view, placement);
        viewModel.menu().useWindow(placement.alwaysOnTop(), placement.docked());
        ringInBackground(stage);
    }

    /** Only the ringing toast, for a stage placed some other way. */
    public void ringInBackground(Stage stage) {
        if (ringingToast == null) {
            ringingToast = RingingToast.attach(stage, new RingingToastViewModel(viewModel.incomingCalls()),
                    viewModel.toasts());
        }
    }

    /** The window of the background ringing toast, once {@link #place} or {@link #ringInBackground} made it. */
    public java.util.Optional<Stage> ringingToast() {
        return java.util.Optional.ofNullable(ringingToast);
    }

    public Scene scene() {
        return scene;
    }

    public BarView view() {
        return view;
    }

    public BarViewModel viewModel() {
        return viewModel;
    }
}
