package io.agentbar.ui.call;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;

/**
 * The bar's keyboard shortcuts (listed in docs/ui-ids.md). Shortcut+Shift+letter: Ctrl on Linux and
 * Windows, Cmd on macOS, with Shift so no text-field binding (select all, copy …) is taken, and
 * the same keys work wherever the focus is, the number field included.
 */
public final class Shortcuts {
    public static final KeyCombination ANSWER = combo(KeyCode.A);
    /** E for End, as the guide names the hang-up button. */
    public static final KeyCombination HANG_UP = combo(KeyCode.E);
    public static final KeyCombination HOLD = combo(KeyCode.H);
    public static final KeyCombination DIALPAD = combo(KeyCode.D);
    /** M for Mute: the microphone, the mute agents reach for. */
    public static final KeyCombination MUTE = combo(KeyCode.M);
    /** P for Pause: opens the reason list while ready, back to ready while paused. */
    public static final KeyCombination PAUSE = combo(KeyCode.P);

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    private Shortcuts() {
    }

    private static KeyCombination combo(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** Installs the four shortcuts on the bar's scene. */
    public static void install(Scene scene, Runnable answer, Runnable hangUp, Runnable hold, Runnable dialpad) {
        scene.getAccelerators().put(ANSWER, answer);
        scene.getAccelerators().put(HANG_UP, hangUp);
        scene.getAccelerators().put(HOLD, hold);
        scene.getAccelerators().put(DIALPAD, dialpad);
    }

    /** Adds one more shortcut to the bar's scene. */
    public static void install(Scene scene, KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, action);
    }

    /**
     * The keys as the agent reads them, "Ctrl+Shift+A" (or "⇧⌘A" on a Mac): JavaFX's own display
     * text puts Shift before Ctrl, which no one writes.
     */
    public static String keys(KeyCombination combination) {
        KeyCodeCombination c = (KeyCodeCombination) combination;
        String key = c.getCode() == KeyCode.COMMA ? "," : c.getCode().getName();
        boolean shift = c.getShift() == KeyCombination.ModifierValue.DOWN;
        if (MAC) {
            return (shift ? "⇧⌘" : "⌘") + key;
        }
        return (shift ? "Ctrl+Shift+" : "Ctrl+") + key;
    }

    /** A tooltip with its shortcut: "Hold (Ctrl+Shift+H)". */
    public static String tip(String text, KeyCombination combination) {
        return text + " (" + keys(combination) + ")";
    }
}
