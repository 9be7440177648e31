package io.agentbar.ui.agent;

import io.agentbar.core.agent.PauseReason;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;

/**
 * The two questions under the bar: "Pause for" with one button per reason, and "Back to ready on"
 * with a box per channel the agent works. Each is there only while open; Escape closes it, and it
 * takes the focus when it opens so the keyboard can answer at once.
 */
public final class AgentRows {
    private AgentRows() {
    }

    /** The "Pause for" row ({@code #pause-reasons}). */
    public static Node reasons(AgentViewModel vm) {
        HBox choices = new HBox();
        choices.getStyleClass().add("agent-choices");
        choices.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> {
            List<Node> buttons = new ArrayList<>();
            for (int i = 0; i < vm.reasons().size(); i++) {
                PauseReason reason = vm.reasons().get(i);
                Button b = new Button(AgentControl.reasonText(reason));
                b.setId(AgentControl.reasonId(i));
                b.getStyleClass().add("pause-reason");
                b.setAccessibleText(Messages.get("agent.reason.accessible", reason.name()));
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setOnAction(e -> vm.pause(reason));
                buttons.add(b);
            }
            choices.getChildren().setAll(buttons);
        };
        vm.reasons().addListener((ListChangeListener<PauseReason>) c -> fill.run());
        fill.run();
        HBox row = row("pause-reasons", Messages.get("agent.reasons.caption"), choices,
                cancel("pause-reasons-cancel", vm::closeReasons));
        showWhile(row, vm.reasonsOpen(), choices);
        row.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.closeReasons();
                e.consume();
            }
        });
        return row;
    }

    /** The "Back to ready on" row ({@code #ready-channels}). */
    public static Node channels(AgentViewModel vm) {
        HBox boxes = new HBox();
        boxes.getStyleClass().add("agent-choices");
        boxes.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> boxes.getChildren().setAll(vm.channels().stream().map(c -> {
            CheckBox box = new CheckBox(c.label());
            box.setId("ready-channel-" + c.token());
            box.getStyleClass().add("ready-channel");
            box.selectedProperty().bindBidirectional(c.chosen());
            box.setDisable(c.alreadyReady());
            box.setAccessibleText(Messages.get(c.alreadyReady() ? "agent.channel.alreadyReady"
                    : "agent.channel.accessible", c.label()));
            return (Node) box;
        }).toList());
        vm.channels().addListener((ListChangeListener<ChannelChoice>) c -> fill.run());
        fill.run();
        Button confirm = new Button(Messages.get("agent.channels.confirm"), Glyph.PLAY.create(14));
        confirm.setId("ready-channels-confirm");
        confirm.getStyleClass().addAll("prompt-confirm", "ready-confirm");
        confirm.setAccessibleText(Messages.get("agent.channels.confirm.accessible"));
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        confirm.disableProperty().bind(vm.canConfirmChannels().not());
        confirm.setOnAction(e -> vm.confirmChannels());
        HBox row = row("ready-channels", Messages.get("agent.channels.caption"), boxes, confirm,
                cancel("ready-channels-cancel", vm::closeChannels));
        showWhile(row, vm.channelsOpen(), boxes);
        row.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.closeChannels();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof ButtonBase)) {
                vm.confirmChannels();
                e.consume();
            }
        });
        return row;
    }

    private static HBox row(String id, String caption, Node... content) {
        Label label = new Label(caption);
        label.getStyleClass().add("prompt-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox row = new HBox(label);
        row.getChildren().add(content[0]);
        row.getChildren().add(spring);
        for (int i = 1; i < content.length; i++) {
            row.getChildren().add(content[i]);
        }
        row.setId(id);
        row.getStyleClass().addAll("agent-row", "target-prompt");
        row.setAlignment(Pos.CENTER_LEFT);
        Theme.style(row, AgentRows.class, "agent.css");
        return row;
    }

    private static Button cancel(String id, Runnable close) {
        IconButton b = new IconButton(id, Glyph.CLOSE.create(14), Messages.get("agent.row.close"));
        b.getStyleClass().addAll("flat", "prompt-cancel");
        b.setOnAction(e -> close.run());
        return b;
    }

    /** Shown while {@code open}; on opening, the first choice takes the focus. */
    private static void showWhile(HBox row, javafx.beans.value.ObservableValue<Boolean> open, Pane choices) {
        row.visibleProperty().bind(open);
        row.managedProperty().bind(row.visibleProperty());
        open.subscribe(now -> {
            if (Boolean.TRUE.equals(now)) {
                choices.getChildren().stream().filter(n -> !n.isDisabled()).findFirst().ifPresent(Node::requestFocus);
            }
        });
    }
}
