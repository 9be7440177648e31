package io.agentbar.ui.theme;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A square button showing only a glyph. Its tooltip doubles as the accessible text, so a screen
 * reader says what the sighted agent reads on hover.
 */
public final class IconButton extends Button {
    /** Agents hover to check, not to wait: show sooner than JavaFX's default second. */
    public static final Duration TOOLTIP_DELAY = Duration.millis(400);

    public IconButton(String id, Node graphic, String tooltip) {
        setId(id);
        setGraphic(graphic);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("icon-button");
        Tooltip tip = new Tooltip(tooltip);
        tip.setShowDelay(TOOLTIP_DELAY);
        setTooltip(tip);
        accessibleTextProperty().bind(tip.textProperty());
    }
}
