package io.agentbar.ui.call;

import io.agentbar.ui.theme.Theme;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The red "recording" mark on a panel, with the time recorded; greyed while every recording is
 * paused. There only while a recording runs.
 */
final class RecordingBadge extends Label {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    RecordingBadge(RecordingsViewModel vm) {
        setId("recording-badge");
        getStyleClass().add("recording-badge");
        Region dot = new Region();
        dot.getStyleClass().add("recording-dot");
        setGraphic(dot);
        setMinWidth(USE_PREF_SIZE);
        textProperty().bind(vm.badgeText());
        accessibleTextProperty().bind(vm.badgeAccessibleText());
        Theme.pseudoClass(this, PAUSED, vm.allPaused());
        visibleProperty().bind(vm.recording());
        managedProperty().bind(visibleProperty());
    }
}
