package io.agentbar.ui.agent;

import io.agentbar.core.agent.PauseReason;
import io.agentbar.ui.call.Shortcuts;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The bar's agent part: the pause/ready button, the partial-ready arrow beside it, and the two
 * timers (connected for, paused for with the reason). Only binds.
 */
public final class AgentControl extends HBox {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass PARTIAL = PseudoClass.getPseudoClass("partial");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    public AgentControl(AgentViewModel vm) {
        setId("agent");
        getStyleClass().add("agent");
        setAlignment(Pos.CENTER_LEFT);
        Theme.style(this, AgentControl.class, "agent.css");

        Button toggle = new Button();
        toggle.setId("pause-ready-button");
        toggle.getStyleClass().add("pause-ready-button");
        toggle.textProperty().bind(vm.buttonText());
        toggle.graphicProperty().bind(vm.look().map(l -> (l == AgentLook.READY || l == AgentLook.UNKNOWN
                ? Glyph.PAUSE : Glyph.PLAY).create(16)));
        toggle.setContentDisplay(ContentDisplay.LEFT);
        toggle.setMinWidth(USE_PREF_SIZE);
        toggle.disableProperty().bind(vm.look().isEqualTo(AgentLook.UNKNOWN));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(IconButton.TOOLTIP_DELAY);
        tip.textProperty().bind(Bindings.createStringBinding(() -> Shortcuts.tip(Messages.get(
                vm.look().get() == AgentLook.READY ? "agent.pause.tooltip" : "agent.ready.tooltip",
                vm.stateText().get()), Shortcuts.PAUSE), vm.look(), vm.stateText()));
        toggle.setTooltip(tip);
        toggle.accessibleTextProperty().bind(tip.textProperty());
        toggle.setOnAction(e -> vm.togglePause());
        Theme.pseudoClass(toggle, OPEN, vm.reasonsOpen());

        IconButton arrow = new IconButton("partial-ready-button", Glyph.CHEVRON_DOWN.create(14),
                Messages.get("agent.partial.tooltip"));
        arrow.getStyleClass().addAll("partial-ready-button", "flat");
        arrow.visibleProperty().bind(vm.partialAvailable());
        arrow.managedProperty().bind(arrow.visibleProperty());
        arrow.setOnAction(e -> vm.toggleChannels());
        Theme.pseudoClass(arrow, OPEN, vm.channelsOpen());

        HBox buttons = new HBox(toggle, arrow);
        buttons.getStyleClass().add("pause-ready-group");
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (var node : new javafx.scene.Node[]{toggle, arrow, buttons}) {
            Theme.pseudoClass(node, PAUSED, vm.look().map(l -> l == AgentLook.PAUSED || l == AgentLook.PARTIAL));
            Theme.pseudoClass(node, PARTIAL, vm.look().map(l -> l == AgentLook.PARTIAL));
        }

        Label connected = new Label();
        connected.setId("connected-timer");
        connected.getStyleClass().add("connected-timer");
        connected.textProperty().bind(vm.connectedText().map(t -> t.isEmpty() ? "--:--" : t));
        Label pause = new Label();
        pause.setId("pause-timer");
        pause.getStyleClass().add("pause-timer");
        pause.textProperty().bind(vm.pauseText());
        pause.visibleProperty().bind(vm.pauseText().isNotEmpty());
        pause.managedProperty().bind(pause.visibleProperty());
        VBox timers = new VBox(connected, pause);
        timers.setId("agent-timers");
        timers.getStyleClass().add("agent-timers");
        timers.setAlignment(Pos.CENTER_LEFT);
        timers.setMinWidth(USE_PREF_SIZE);
        Tooltip timersTip = new Tooltip();
        timersTip.setShowDelay(IconButton.TOOLTIP_DELAY);
        timersTip.textProperty().bind(vm.timersText());
        Tooltip.install(timers, timersTip);
        for (Label l : new Label[]{connected, pause}) {
            l.setTooltip(timersTip);
            l.setMinWidth(USE_PREF_SIZE);
            l.accessibleTextProperty().bind(vm.timersText());
        }
        timers.setAccessibleText(Messages.get("agent.timers.accessible"));
        Theme.pseudoClass(timers, PAUSED, vm.pauseText().map(t -> !t.isEmpty()));
        getChildren().addAll(buttons, timers);
    }

    /** The reason's button id: {@code pause-reason-<k>}, 1-based in the configured order. */
    static String reasonId(int index) {
        return "pause-reason-" + (index + 1);
    }

    static String reasonText(PauseReason reason) {
        return reason.name();
    }
}
