package io.agentbar.ui.call;

import io.agentbar.core.call.Direction;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One call: a row with direction badge, who and state, recording badge, audio, timer, the call's
 * buttons and hang-up; under it, when asked for, the transfer question and the recordings. It only
 * binds; the id {@code call-panel-<n>} follows the panel's number, not its position, and the ids
 * inside repeat from panel to panel (look them up under the panel: {@code #call-panel-2 #hold-button}).
 */
public final class CallPanelView extends VBox {
    private static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    private static final PseudoClass CONFERENCE = PseudoClass.getPseudoClass("conference");
    private static final PseudoClass SILENT = PseudoClass.getPseudoClass("silent");
    private static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");
    private static final PseudoClass PROGRESS = PseudoClass.getPseudoClass("progress");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    public CallPanelView(CallPanelViewModel vm) {
        setId("call-panel-" + vm.number());
        getStyleClass().add("call-panel");
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
        Label transfer = label("call-transfer-status", "call-transfer-status", vm.transferText());
        showWhenNotEmpty(transfer);
        Theme.pseudoClass(transfer, PROGRESS, vm.transferLook().map(l -> l == TransferLook.PROGRESS));
        Theme.pseudoClass(transfer, FAILED, vm.transferLook().map(l -> l == TransferLook.FAILED));
        VBox text = new VBox(who, state, transfer);
        text.getStyleClass().add("call-text");
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Label media = label("call-media", "media-chip", vm.mediaText());
        showWhenNotEmpty(media);
        Label timer = label("call-timer", "call-timer", vm.timerText());
        showWhenNotEmpty(timer);

        IconButton hangUp = new IconButton("hangup-button", Glyph.HANDSET_DOWN.create(18),
                Shortcuts.tip(Messages.get("call.hangup.tooltip"), Shortcuts.HANG_UP));
        hangUp.getStyleClass().add("hangup-button");
        hangUp.disableProperty().bind(vm.canHangUp().not());
        // an ended call has nothing to hang up; the button keeps its place so the row does not jump
        hangUp.visibleProperty().bind(vm.ended().not());
        hangUp.setOnAction(e -> vm.hangUp());

        HBox main = new HBox(badge, text, new ServerRecordingBadge(vm.serverRecording()),
                new RecordingBadge(vm.recordings()), media, timer,
                new CallActionBar(vm), hangUp);
        main.getStyleClass().add("call-main");
        main.setAlignment(Pos.CENTER_LEFT);

        HBox attended = new HBox();
        attended.getStyleClass().add("attended-targets");
        attended.setAlignment(Pos.CENTER_LEFT);
        vm.transferCandidates().addListener((ListChangeListener<OtherCall>) c -> attendedButtons(vm, attended));
        attendedButtons(vm, attended);
        TargetPromptView prompt = new TargetPromptView("transfer", Messages.get("transfer.caption"),
                Messages.get("transfer.confirm"), vm.transferPrompt(), vm::transferBlind, attended);
        VBox extras = new VBox(prompt, new RecordingsView(vm.recordings()));
        extras.getStyleClass().add("call-extras");
        extras.visibleProperty().bind(prompt.visibleProperty().or(vm.recordings().isOpen()));
        extras.managedProperty().bind(extras.visibleProperty());

        getChildren().addAll(main, extras);

        Theme.pseudoClass(this, CONNECTED, vm.connected());
        Theme.pseudoClass(this, HELD, vm.held());
        Theme.pseudoClass(this, ENDED, vm.ended());
        Theme.pseudoClass(this, CONFERENCE, vm.actions().map(a -> a.split().visible()));
        Theme.pseudoClass(media, SILENT, vm.media().map(m -> m == MediaIndication.SILENT));
        Theme.pseudoClass(media, CONNECTING, vm.media().map(m -> m == MediaIndication.CONNECTING));
        accessibleTextProperty().bind(vm.accessibleText());
    }

    /** "To call 2 · Bob": one button per other connected call, for an attended transfer. */
    private static void attendedButtons(CallPanelViewModel vm, HBox box) {
        box.getChildren().setAll(vm.transferCandidates().stream().map(other -> {
            String text = Messages.get("transfer.toCall", String.valueOf(other.number()), other.label());
            Button b = new Button(text, Glyph.TRANSFER.create(14));
            b.setId("transfer-to-call-" + other.number());
            b.getStyleClass().addAll("prompt-confirm", "transfer-confirm", "attended-button");
            b.setAccessibleText(Messages.get("transfer.toCall.accessible", String.valueOf(other.number()), other.label()));
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.setOnAction(e -> vm.transferTo(other));
            return b;
        }).toList());
        box.setVisible(!box.getChildren().isEmpty());
        box.setManaged(box.isVisible());
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
