package io.agentbar.ui.theme;

import io.agentbar.core.settings.ThemeMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.util.Objects;

/**
 * Installs the token stylesheet on a scene, and a feature's stylesheet on its view. The token file
 * (light or dark) is the only one with colours; every themed scene follows {@link #mode()}, so a
 * switch repaints the bar and every open dialog at once.
 */
public final class Theme {
    /** The app's one theme choice; changed and read on the FX thread only. */
    private static final ObjectProperty<ThemeMode> MODE = new SimpleObjectProperty<>(Theme.class, "mode",
            ThemeMode.LIGHT);

    private Theme() {
    }

    /** The theme every themed scene shows; set it to switch them all. FX thread only. */
    public static ObjectProperty<ThemeMode> mode() {
        return MODE;
    }

    /**
     * Adds the current theme's tokens and the shared control styles; feature stylesheets resolve
     * colours from these. The scene follows later switches for as long as it lives.
     */
    public static void applyTo(Scene scene) {
        scene.getStylesheets().addAll(tokens(MODE.get()), url(Theme.class, "controls.css"));
        WeakReference<Scene> ref = new WeakReference<>(scene);
        // weak: a closed dialog's scene must not be kept alive by the app-wide property
        MODE.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ThemeMode> o, ThemeMode was, ThemeMode now) {
                Scene s = ref.get();
                if (s == null) {
                    MODE.removeListener(this);
                    return;
                }
                int at = s.getStylesheets().indexOf(tokens(was));
                if (at >= 0) {
                    s.getStylesheets().set(at, tokens(now));
                }
            }
        });
    }

    /** The token stylesheet of {@code mode}. */
    public static String tokens(ThemeMode mode) {
        return url(Theme.class, mode == ThemeMode.DARK ? "theme-dark.css" : "theme-light.css");
    }

    /**
     * Adds {@code name}, found next to {@code owner}'s class, to {@code view}'s own stylesheets, so
     * each view brings its CSS along wherever it is placed.
     */
    public static void style(Parent view, Class<?> owner, String name) {
        view.getStylesheets().add(url(owner, name));
    }

    /** Keeps {@code pseudoClass} on {@code node} while {@code on} is true: state reaches CSS without styles in code. */
    public static void pseudoClass(Node node, PseudoClass pseudoClass, ObservableValue<Boolean> on) {
        // the node keeps the value alive: a derived binding (not(), and()) that only this listener refers
        // to would otherwise be collected, and the look would silently stop following the state
        node.getProperties().put(pseudoClass, on);
        node.pseudoClassStateChanged(pseudoClass, Boolean.TRUE.equals(on.getValue()));
        on.subscribe(v -> node.pseudoClassStateChanged(pseudoClass, Boolean.TRUE.equals(v)));
    }

    private static String url(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        return Objects.requireNonNull(url, () -> "missing stylesheet " + name + " next to " + owner.getName())
                .toExternalForm();
    }
}
