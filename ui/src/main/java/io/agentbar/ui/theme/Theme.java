package io.agentbar.ui.theme;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Objects;

/** Installs the token stylesheet on a scene, and a feature's stylesheet on its view. */
public final class Theme {
    private Theme() {
    }

    /** Adds the light theme's tokens and the shared control styles; feature stylesheets resolve colours from these. */
    public static void applyTo(Scene scene) {
        scene.getStylesheets().addAll(url(Theme.class, "theme-light.css"), url(Theme.class, "controls.css"));
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
        node.pseudoClassStateChanged(pseudoClass, Boolean.TRUE.equals(on.getValue()));
        on.subscribe(v -> node.pseudoClassStateChanged(pseudoClass, Boolean.TRUE.equals(v)));
    }

    private static String url(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        return Objects.requireNonNull(url, () -> "missing stylesheet " + name + " next to " + owner.getName())
                .toExternalForm();
    }
}
