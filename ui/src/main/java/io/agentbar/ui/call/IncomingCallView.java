package io.agentbar.ui.call;

import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A ringing call: who calls, and the green Answer and red Reject buttons the guide describes.
 * Every ringing call's panel has the id {@code incoming-panel}; with two ringing at once a lookup
 * finds the older one first, which is the one the agent should take.
 */
public final class IncomingCallView extends HBox {

    public IncomingCallView(IncomingCallViewModel vm) {
        setId("incoming-panel");
        getStyleClass().add("incoming-panel");
        setAlignment(Pos.CENTER_LEFT);
        Theme.style(this, IncomingCallView.class, "incoming-call.css");

        StackPane badge = new StackPane(Glyph.HANDSET.create(16));
        badge.getStyleClass().add("ring-badge");

        Label heading = new Label(Messages.get("incoming.title"));
        heading.getStyleClass().add("incoming-heading");
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
        VBox text = new VBox(heading, who);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button reject = button("reject-button", Glyph.HANDSET_DOWN, Messages.get("incoming.reject"));
        reject.setOnAction(e -> vm.reject());
        Button answer = button("answer-button", Glyph.HANDSET, Messages.get("incoming.answer"));
        answer.setOnAction(e -> vm.answer());

        getChildren().addAll(badge, text, reject, answer);
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
