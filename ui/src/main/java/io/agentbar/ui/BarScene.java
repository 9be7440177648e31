package io.agentbar.ui;

import io.agentbar.core.history.NumberSuggestions;
import io.agentbar.ui.bar.BarView;
import io.agentbar.ui.bar.BarViewModel;
import io.agentbar.ui.bar.HistoryDropDown;
import io.agentbar.ui.bar.HistorySuggestions;
import io.agentbar.ui.call.Shortcuts;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import io.agentbar.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.time.Clock;
import java.util.List;

/**
 * Builds the AgentBar scene for a phone. The app owns the {@link javafx.stage.Stage}; this wires
 * view model, view, theme, event bridge and the one-second ticker:
 *
 * <pre>{@code
 *   Scene scene = BarScene.create(PhoneControls.of(phone), PhoneEvents.of(phone));
 *   stage.setScene(scene);
 *   stage.show();
 * }</pre>
 *
 * Call it on the FX thread. The window follows the scene's preferred size as panels come and go.
 */
public final class BarScene {
    private BarScene() {
    }

    /** A scene on the system clock. */
    public static Scene create(PhoneControls controls, PhoneEvents events) {
        return create(controls, events, Clock.systemDefaultZone());
    }

    /** A scene on {@code clock}: its time drives call timers, and its zone the registration tooltip. */
    public static Scene create(PhoneControls controls, PhoneEvents events, Clock clock) {
        return create(controls, events, clock, (typed, limit) -> List.of());
    }

    /** A scene whose number field drops down the numbers of recent calls that match what is typed. */
    public static Scene create(PhoneControls controls, PhoneEvents events, Clock clock, NumberSuggestions history) {
        BarViewModel viewModel = new BarViewModel(controls, clock);
        BarView view = new BarView(viewModel);
        HistoryDropDown.attach(view.numberField(), new HistorySuggestions(history, clock));
        Scene scene = new Scene(view);
        Theme.applyTo(scene);
        Shortcuts.install(scene, viewModel::answerRinging, viewModel::endCurrentCall, viewModel::toggleHoldCurrent,
                viewModel::toggleDialpad);

        FxBridge.onFxThread().connect(events, viewModel::onEvent);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
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
        return scene;
    }
}
