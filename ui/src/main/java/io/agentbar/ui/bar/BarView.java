package io.agentbar.ui.bar;

import io.agentbar.ui.agent.AgentControl;
import io.agentbar.ui.agent.AgentRows;
import io.agentbar.ui.call.CallPanelView;
import io.agentbar.ui.call.IncomingCallView;
import io.agentbar.ui.dialpad.DialpadView;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.toast.ToastStack;
import io.agentbar.ui.toast.ToastsViewModel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The compact bar and what hangs below it: the pause and ready questions, the dialpad, a status
 * line (registration failure, refused input), toasts in their corner, ringing calls, then one
 * panel per call. Built in code and only binds; every control has a stable id for tests.
 */
public final class BarView extends VBox {
    /** Room for the agent controls, a full phone number and the menu; the agent may resize it. */
    public static final double DEFAULT_WIDTH = 920;

    private final TextField numberField = new TextField();
    private final HBox badges = new HBox();
    private final Runnable fit = this::fitWindow;

    public BarView(BarViewModel vm) {
        getStyleClass().add("bar-window");
        setPrefWidth(DEFAULT_WIDTH);
        Theme.style(this, BarView.class, "bar.css");

        badges.setId("bar-badges");
        badges.getStyleClass().add("bar-badges");
        badges.setAlignment(Pos.CENTER);
        badges.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(badges.getChildren()));
        badges.managedProperty().bind(badges.visibleProperty());
        HBox bar = new HBox(BarButtons.registration(vm), separator(), new AgentControl(vm.agent()), separator(),
                BarButtons.ringtone(vm), BarButtons.speaker(vm), BarButtons.microphone(vm), numberField(vm), BarButtons.dialpadToggle(vm),
                BarButtons.callButton(vm), BarButtons.endButton(vm), badges, BarMenu.settingsButton(vm.menu()),
                BarMenu.menu(vm.menu()));
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
        ToastStack toasts = new ToastStack(vm.toasts());

        getChildren().addAll(bar, AgentRows.reasons(vm.agent()), AgentRows.channels(vm.agent()),
                new DialpadView(vm.dialpad()), status(vm), toasts, incoming, calls);
        // top corners: under the bar, above the calls; bottom corners: under the last call
        vm.toasts().position().subscribe(p -> {
            getChildren().remove(toasts);
            getChildren().add(ToastsViewModel.atBottom(p) ? getChildren().size() : getChildren().indexOf(incoming),
                    toasts);
        });

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

    /** Adds a mark to the bar, left of the settings button (e.g. the red auto-answer badge). */
    public void addBadge(Node badge) {
        if (badge instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        badges.getChildren().add(badge);
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
        numberField.setMinWidth(140);
        return numberField;
    }

    private Node status(BarViewModel vm) {
        Label alert = statusLabel("registration-alert", vm.registrationAlert());
        Label hint = statusLabel("number-hint", vm.hint());
        HBox row = new HBox(alert, hint);
        row.setId("bar-status");
        row.getStyleClass().add("bar-status");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(alert.visibleProperty().or(hint.visibleProperty()));
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

    private void fitWindow() {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window != null && window.isShowing() && Math.abs(prefHeight(getWidth()) - getHeight()) >= 1) {
            window.sizeToScene();
        }
    }
}
