package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the settings as a window over the bar. It is modal to the bar, so the bar's Ctrl+, cannot
 * stack a second one; closing the window any way but Save discards the edits.
 */
public final class SettingsDialog {
    /** Ctrl+, (Cmd+, on macOS): the settings shortcut desktop apps share. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);

    private SettingsDialog() {
    }

    /** Shows the dialog, owned by {@code owner} (may be null), and returns its window. */
    public static Stage open(Window owner, SettingsViewModel vm) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("settings.title"));
        stage.setScene(scene(vm, stage::close));
        stage.setOnCloseRequest(e -> vm.cancel());
        stage.setMinWidth(480);
        stage.setMinHeight(400);
        vm.open();
        stage.show();
        return stage;
    }

    /** The dialog's scene, themed; {@code close} runs after Save or Cancel. */
    public static Scene scene(SettingsViewModel vm, Runnable close) {
        Scene scene = new Scene(new SettingsView(vm, close));
        Theme.applyTo(scene);
        return scene;
    }

    /** Makes {@link #SHORTCUT} on {@code scene} open the settings over that scene's window. */
    public static void bindShortcut(Scene scene, SettingsViewModel vm) {
        scene.getAccelerators().put(SHORTCUT, () -> open(scene.getWindow(), vm));
    }
}
