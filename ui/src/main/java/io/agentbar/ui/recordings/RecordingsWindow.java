package io.agentbar.ui.recordings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Opens the recordings list in a window of its own beside the bar. One window per owner and view model: opening
 * it again brings it to the front and reads the folder again. Closing it stops playback, so no
 * recording keeps playing where the agent cannot stop it.
 *
 * <pre>{@code
 *   RecordingsWindow.installShortcut(barScene, viewModel);   // Ctrl+R (Cmd+R on macOS)
 *   RecordingsWindow.open(stage, viewModel);                 // from a menu or button
 * }</pre>
 */
public final class RecordingsWindow {
    /** Ctrl+R, or Cmd+R on macOS. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private RecordingsWindow() {
    }

    /** Shows the window (creating it the first time) and refreshes the list. Call on the FX thread. */
    public static Stage open(Window owner, RecordingsViewModel vm) {
        Stage stage = owner.getProperties().get(vm) instanceof Stage existing ? existing : create(owner, vm);
        vm.refresh();
        stage.show();
        stage.toFront();
        return stage;
    }

    /** Makes {@link #SHORTCUT} on {@code scene} open the recordings window over the scene's window. */
    public static void installShortcut(Scene scene, RecordingsViewModel vm) {
        scene.getAccelerators().put(SHORTCUT, () -> {
            if (scene.getWindow() != null) {
                open(scene.getWindow(), vm);
            }
        });
    }

    private static Stage create(Window owner, RecordingsViewModel vm) {
        RecordingsView view = new RecordingsView(vm);
        Scene scene = new Scene(view, 640, 460);
        Theme.applyTo(scene);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("recordings.window"));
        stage.setScene(scene);
        stage.setMinWidth(420);
        stage.setMinHeight(260);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.stop());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> view.searchField().requestFocus());
        owner.getProperties().put(vm, stage); // keyed by the view model: one window per list, however often opened
        return stage;
    }
}
