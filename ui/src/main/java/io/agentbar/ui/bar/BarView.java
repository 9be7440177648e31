package io.agentbar.ui.bar;

import io.agentbar.ui.call.CallPanelView;
import io.agentbar.ui.call.IncomingCallView;
import io.agentbar.ui.call.Shortcuts;
import io.agentbar.ui.dialpad.DialpadView;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Window;

import java.util.Locale;

/**
 * The compact bar and what hangs below it: a status line (hint or notice), ringing calls, then
 * one panel per call. Built in code and only binds; every control has a stable id for tests.
 */
public final class BarView extends VBox {
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    private final TextField numberField = new TextField();
    private final Runnable fit = this::fitWindow;

    public BarView(BarViewModel vm) {
        getStyleClass().add("bar-window");
        Theme.style(this, BarView.class, "bar.css");

        HBox bar = new HBox(registration(vm), separator(), speaker(vm), microphone(vm), numberField(vm),
                dialpadToggle(vm), callButton(vm), endButton(vm));
        bar.setId("bar");
        bar.getStyleClass().add("bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        VBox incoming = new VBox();
        incoming.setId("incoming-calls");
        incoming.getStyleClass().add("panel-list");
        PanelList.bind(incoming, vm.incomingCalls(), IncomingCallView::new);
        VBox calls = new VBox();
        calls.setId("call-panels");
        calls.getStyleClass().add("panel-list");
        PanelList.bind(calls, vm.calls(), CallPanelView::new);

        getChildren().addAll(bar, new DialpadView(vm.dialpad()), status(vm), incoming, calls);

        // The window grows and shrinks with what it shows (panels, prompts, the dialpad), so the bar
        // never shows empty space or cuts a panel off. Checked after each layout pass rather than on
        // each change, because a prompt opening deep inside a panel changes the height too.
        sceneProperty().subscribe((was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(fit);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(fit);
            }
        });
    }

    /** The field the agent types into first. */
    public TextField numberField() {
        return numberField;
    }

    private Node registration(BarViewModel vm) {
        Circle light = new Circle(5.5);
        light.setId("registration-light");
        light.getStyleClass().add("registration-light");
        for (RegistrationLight colour : RegistrationLight.values()) {
            PseudoClass pc = PseudoClass.getPseudoClass(colour.name().toLowerCase(Locale.ROOT));
            Theme.pseudoClass(light, pc, vm.registrationLight().map(c -> c == colour));
        }
        light.accessibleTextProperty().bind(vm.registrationText());

        Button button = new Button(vm.accountLabel(), light);
        button.setId("registration-button");
        button.getStyleClass().add("registration-button");
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setTooltip(tooltip(vm.registrationText()));
        button.accessibleTextProperty().bind(
                Bindings.createStringBinding(() -> Messages.get("registration.accessible", vm.registrationText().get()),
                        vm.registrationText()));
        button.setOnAction(e -> vm.register());
        return button;
    }

    private Node speaker(BarViewModel vm) {
        IconButton b = new IconButton("speaker-toggle", null, "");
        b.getStyleClass().addAll("flat", "toggle");
        b.graphicProperty().bind(Bindings.when(vm.speakerMuted())
                .then(Glyph.SPEAKER_OFF.create(18)).otherwise(Glyph.SPEAKER.create(18)));
        b.getTooltip().textProperty().bind(vm.speakerText());
        Theme.pseudoClass(b, MUTED, vm.speakerMuted());
        b.setOnAction(e -> vm.toggleSpeaker());
        return b;
    }

    private Node microphone(BarViewModel vm) {
        IconButton b = new IconButton("mic-toggle", null, "");
        b.getStyleClass().addAll("flat", "toggle");
        b.graphicProperty().bind(Bindings.when(vm.microphoneMuted())
                .then(Glyph.MICROPHONE_OFF.create(18)).otherwise(Glyph.MICROPHONE.create(18)));
        b.getTooltip().textProperty().bind(vm.microphoneText());
        Theme.pseudoClass(b, MUTED, vm.microphoneMuted());
        b.setOnAction(e -> vm.toggleMicrophone());
        return b;
    }

    private Node numberField(BarViewModel vm) {
        numberField.setId("number-field");
        numberField.getStyleClass().add("number-field");
        numberField.setPromptText(Messages.get("number.prompt"));
        numberField.setAccessibleText(Messages.get("number.accessible"));
        numberField.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange()) {
                String kept = vm.admitTyped(change.getText());
                if (!kept.equals(change.getText())) {
                    change.setText(kept);
                    int caret = change.getRangeStart() + kept.length();
                    change.selectRange(caret, caret);
                }
            }
            return change;
        }));
        numberField.textProperty().bindBidirectional(vm.numberText());
        numberField.setOnAction(e -> vm.call());
        HBox.setHgrow(numberField, Priority.ALWAYS);
        return numberField;
    }

    private Node dialpadToggle(BarViewModel vm) {
        IconButton b = new IconButton("dialpad-toggle", Glyph.DIALPAD.create(18), "");
        b.getStyleClass().addAll("flat", "toggle", "dialpad-toggle");
        b.getTooltip().textProperty().bind(vm.dialpad().isOpen().map(open -> Shortcuts.tip(
                Messages.get(open ? "dialpad.hide" : "dialpad.show"), Shortcuts.DIALPAD)));
        Theme.pseudoClass(b, OPEN, vm.dialpad().isOpen());
        b.setOnAction(e -> vm.toggleDialpad());
        return b;
    }

    private Node callButton(BarViewModel vm) {
        IconButton b = new IconButton("call-button", Glyph.HANDSET.create(18), Messages.get("call.tooltip"));
        b.getStyleClass().add("call-button");
        b.disableProperty().bind(vm.canCall().not());
        b.setOnAction(e -> vm.call());
        return b;
    }

    private Node endButton(BarViewModel vm) {
        IconButton b = new IconButton("end-button", Glyph.HANDSET_DOWN.create(18),
                Shortcuts.tip(Messages.get("end.tooltip"), Shortcuts.HANG_UP));
        b.getStyleClass().add("end-button");
        b.disableProperty().bind(vm.canEnd().not());
        b.setOnAction(e -> vm.endCurrentCall());
        return b;
    }

    private Node status(BarViewModel vm) {
        Label alert = statusLabel("registration-alert", vm.registrationAlert());
        Label hint = statusLabel("number-hint", vm.hint());
        Label notice = statusLabel("notice", vm.notice());
        HBox row = new HBox(alert, hint, notice);
        row.setId("bar-status");
        row.getStyleClass().add("bar-status");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(alert.visibleProperty().or(hint.visibleProperty()).or(notice.visibleProperty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** A line of the status row, there only while it has something to say. */
    private static Label statusLabel(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(id);
        l.textProperty().bind(text);
        l.accessibleTextProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Node separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("bar-separator");
        return s;
    }

    private static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip t = new Tooltip();
        t.setShowDelay(IconButton.TOOLTIP_DELAY);
        t.textProperty().bind(text);
        return t;
    }

    private void fitWindow() {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window != null && window.isShowing() && Math.abs(prefHeight(getWidth()) - getHeight()) >= 1) {
            window.sizeToScene();
        }
    }
}
