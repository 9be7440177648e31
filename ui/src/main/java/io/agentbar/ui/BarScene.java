package io.agentbar.ui;

import io.agentbar.core.history.NumberSuggestions;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.phone.PhoneEvents;
import javafx.scene.Scene;

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
 * {@link BarWindow#build} gives the same bar with the hooks for settings, recordings and the
 * window's place. Call on the FX thread. The window follows the scene's preferred size as panels come and go.
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
        return BarWindow.build(controls, events, clock, history).scene();
    }
}
