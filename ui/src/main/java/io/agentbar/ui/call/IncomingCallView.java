package io.agentbar.ui.call;

import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A ringing call: who calls, the purple Forward (asks where to), red Reject and green Answer
 * buttons the guide describes, and the auto-answer countdown with its Cancel. Every ringing call's
 * panel has the id {@code incoming-panel}; with two ringing at once a lookup finds the older one
 * first, which is the one the agent should take.
 */
public final class IncomingCallView extends VBox {
    private static final PseudoClass AUTO = PseudoClass.getPseudoClass("auto-answer");

    public IncomingCallView(IncomingCallViewModel vm) {
        setId("incoming-panel");
        getStyleClass().add("incoming-panel");
        Theme.style(this, IncomingCallView.class, "incoming-call.css");

        StackPane badge = new StackPane(Glyph.HANDSET.create(16));
        badge.getStyleClass().add("ring-badge");

        Label heading = new Label(Messages.get("incoming.title"));
        heading.getStyleClass().add("incoming-heading");
        heading.setMinWidth(Label.USE_PREF_SIZE);
        Label countdown = new Label();
        countdown.setId("auto-answer-countdown");
        countdown.getStyleClass().add("auto-answer-countdown");
        countdown.textProperty().bind(vm.autoAnswerText());
        countdown.accessibleTextProperty().bind(vm.autoAnswerText());
        countdown.setMinWidth(Label.USE_PREF_SIZE);
        Button cancel = new Button(Messages.get("incoming.autoAnswer.cancel"));
        cancel.setId("auto-answer-cancel");
        cancel.getStyleClass().add("link-button");
        cancel.setAccessibleText(Messages.get("incoming.autoAnswer.cancel.accessible"));
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancelAutoAnswer());
        HBox auto = new HBox(countdown, cancel);
        auto.getStyleClass().add("auto-answer");
        auto.setAlignment(Pos.CENTER_LEFT);
        auto.visibleProperty().bind(vm.autoAnswering());
        auto.managedProperty().bind(auto.visibleProperty());
        HBox headingRow = new HBox(heading, auto);
        headingRow.getStyleClass().add("incoming-heading-row");
        headingRow.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(vm.title());
        title.setId("incoming-caller");
        title.getStyleClass().add("incoming-caller");
        Label subtitle = new Label(vm.subtitle());
        subtitle.setId("incoming-number");
        subtitle.getStyleClass().add("incoming-number");
        subtitle.setVisible(!vm.subtitle().isEmpty());
        HBox who = new HBox(title, subtitle);
        who.getStyleClass().add("incoming-who");
        who.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(headingRow, who);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        IconButton forward = new IconButton("forward-button", Glyph.TRANSFER.create(18),
                Messages.get("incoming.forward.tooltip"));
        forward.getStyleClass().add("forward-button");
        forward.setOnAction(e -> vm.toggleForward());
        Button reject = button("reject-button", Glyph.HANDSET_DOWN, Messages.get("incoming.reject"));
        reject.setOnAction(e -> vm.reject());
        Button answer = button("answer-button", Glyph.HANDSET, Messages.get("incoming.answer"));
        answer.getTooltip().setText(Shortcuts.tip(Messages.get("incoming.answer"), Shortcuts.ANSWER));
        answer.setOnAction(e -> vm.answer());

        HBox main = new HBox(badge, text, forward, reject, answer);
        main.getStyleClass().add("incoming-main");
        main.setAlignment(Pos.CENTER_LEFT);

        TargetPromptView prompt = new TargetPromptView("forward", Messages.get("forward.caption"),
                Messages.get("forward.confirm"), vm.forwardPrompt(), vm::forward);
        getChildren().addAll(main, prompt);
        Theme.pseudoClass(this, AUTO, vm.autoAnswering());
        setAccessibleText(vm.accessibleText());
    }

    private static Button button(String id, Glyph glyph, String text) {
        IconButton b = new IconButton(id, glyph.create(16), text);
        b.setText(text);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add(id);
        return b;
    }
}
