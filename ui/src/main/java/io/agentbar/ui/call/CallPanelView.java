package io.agentbar.ui.call;

import io.agentbar.core.call.Direction;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One call as a row: direction badge, who and state on two lines, then audio, timer and hang-up.
 * It only binds; the id {@code call-panel-<n>} follows the panel's number, not its position.
 */
public final class CallPanelView extends HBox {
    private static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    private static final PseudoClass SILENT = PseudoClass.getPseudoClass("silent");
    private static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");

    public CallPanelView(CallPanelViewModel vm) {
        setId("call-panel-" + vm.number());
        getStyleClass().add("call-panel");
        setAlignment(Pos.CENTER_LEFT);
        Theme.style(this, CallPanelView.class, "call-panel.css");

        StackPane badge = new StackPane((vm.direction().get() == Direction.INCOMING
                ? Glyph.ARROW_INCOMING : Glyph.ARROW_OUTGOING).create(16));
        badge.getStyleClass().add("direction-badge");

        Label remote = label("call-remote", "call-remote", vm.remoteLabel());
        Label detail = label("call-detail", "call-detail", vm.subtitle());
        HBox who = new HBox(remote, detail);
        who.getStyleClass().add("call-who");
        who.setAlignment(Pos.BASELINE_LEFT);
        Label state = label("call-state", "call-state", vm.stateText());
        VBox text = new VBox(who, state);
        text.getStyleClass().add("call-text");
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Label media = label("call-media", "media-chip", vm.mediaText());
        showWhenNotEmpty(media);
        Label timer = label("call-timer", "call-timer", vm.timerText());
        showWhenNotEmpty(timer);

        IconButton hangUp = new IconButton("hangup-button", Glyph.HANDSET_DOWN.create(18),
                Messages.get("call.hangup.tooltip"));
        hangUp.getStyleClass().add("hangup-button");
        hangUp.disableProperty().bind(vm.canHangUp().not());
        // an ended call has nothing to hang up; the button keeps its place so the row does not jump
        hangUp.visibleProperty().bind(vm.ended().not());
        hangUp.setOnAction(e -> vm.hangUp());

        Region gap = new Region();
        gap.setMinWidth(4);
        getChildren().addAll(badge, text, media, timer, gap, hangUp);

        Theme.pseudoClass(this, CONNECTED, vm.connected());
        Theme.pseudoClass(this, ENDED, vm.ended());
        Theme.pseudoClass(media, SILENT, vm.media().map(m -> m == MediaIndication.SILENT));
        Theme.pseudoClass(media, CONNECTING, vm.media().map(m -> m == MediaIndication.CONNECTING));
        accessibleTextProperty().bind(vm.accessibleText());
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        l.accessibleTextProperty().bind(text);
        return l;
    }

    private static void showWhenNotEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
