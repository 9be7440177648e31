package io.agentbar.ui.call;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The red "PBX REC" mark of a call the PBX records, with its pause/resume button: grey and striped
 * while paused, a small spinner while the PBX has not yet confirmed. Distinct from the agent's own
 * {@link RecordingBadge}.
 */
final class ServerRecordingBadge extends HBox {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    ServerRecordingBadge(ServerRecordingViewModel vm) {
        setId("server-recording");
        getStyleClass().add("server-recording");
        setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("server-recording-spinner");
        spinner.visibleProperty().bind(vm.look().map(l -> l == ServerRecordingViewModel.Look.PENDING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region dot = new Region();
        dot.getStyleClass().add("recording-dot");
        dot.visibleProperty().bind(spinner.visibleProperty().not());
        dot.managedProperty().bind(dot.visibleProperty());

        Label badge = new Label(Messages.get("call.pbxRecording.badge"), new HBox(spinner, dot));
        badge.setId("server-recording-badge");
        badge.getStyleClass().add("server-recording-badge");
        badge.setMinWidth(USE_PREF_SIZE);
        badge.accessibleTextProperty().bind(vm.text());
        Tooltip tip = new Tooltip();
        tip.setShowDelay(IconButton.TOOLTIP_DELAY);
        tip.textProperty().bind(vm.text());
        badge.setTooltip(tip);

        IconButton toggle = new IconButton("server-recording-toggle", null, "");
        toggle.getStyleClass().addAll("flat", "server-recording-toggle");
        toggle.graphicProperty().bind(vm.paused().map(p -> (p ? Glyph.PLAY : Glyph.PAUSE).create(14)));
        toggle.getTooltip().textProperty().bind(vm.toggleText());
        toggle.disableProperty().bind(vm.canToggle().not());
        toggle.setOnAction(e -> vm.toggle());

        getChildren().addAll(badge, toggle);
        for (var node : new javafx.scene.Node[]{this, badge}) {
            Theme.pseudoClass(node, PAUSED, vm.look().map(l -> l == ServerRecordingViewModel.Look.PAUSED));
            Theme.pseudoClass(node, PENDING, vm.look().map(l -> l == ServerRecordingViewModel.Look.PENDING));
        }
        visibleProperty().bind(vm.shown());
        managedProperty().bind(visibleProperty());
    }
}
