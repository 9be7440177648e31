package io.agentbar.ui.dialpad;

import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dialpad as one row under the bar, in keeping with the bar's flat shape: where the keys go,
 * then the twelve keys, each with the letters printed on a phone. Key ids are
 * {@code dialpad-key-<digit>}, {@code dialpad-key-star} and {@code dialpad-key-hash}.
 */
public final class DialpadView extends HBox {
    private static final PseudoClass SENDING = PseudoClass.getPseudoClass("sending");
    private static final String[] LETTERS = {"", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};

    public DialpadView(DialpadViewModel vm) {
        setId("dialpad");
        getStyleClass().add("dialpad");
        setAlignment(Pos.CENTER_LEFT);
        Theme.style(this, DialpadView.class, "dialpad.css");

        Label display = new Label();
        display.setId("dialpad-display");
        display.getStyleClass().add("dialpad-display");
        display.textProperty().bind(vm.displayText());
        display.accessibleTextProperty().bind(vm.displayText());
        display.setWrapText(true);
        Label sent = new Label();
        sent.setId("dialpad-sent");
        sent.getStyleClass().add("dialpad-sent");
        sent.textProperty().bind(vm.sentText());
        sent.accessibleTextProperty().bind(vm.sentText());
        sent.visibleProperty().bind(vm.sentText().isNotEmpty());
        sent.managedProperty().bind(sent.visibleProperty());
        // the newest digits matter most: a long sequence is cut at its start, not its end
        sent.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        VBox text = new VBox(display, sent);
        text.getStyleClass().add("dialpad-text");
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);

        HBox keys = new HBox();
        keys.getStyleClass().add("dialpad-keys");
        for (char key : DialpadViewModel.KEYS.toCharArray()) {
            keys.getChildren().add(key(vm, key));
        }
        getChildren().add(keys);

        Theme.pseudoClass(this, SENDING, vm.sending());
        visibleProperty().bind(vm.isOpen());
        managedProperty().bind(visibleProperty());
    }

    private static Node key(DialpadViewModel vm, char key) {
        Label digit = new Label(String.valueOf(key));
        digit.getStyleClass().add("dialpad-digit");
        Label letters = new Label(key >= '2' && key <= '9' ? LETTERS[key - '1'] : key == '0' ? "+" : " ");
        letters.getStyleClass().add("dialpad-letters");
        VBox face = new VBox(digit, letters);
        face.setAlignment(Pos.CENTER);
        face.setMouseTransparent(true);

        Button b = new Button();
        b.setId("dialpad-key-" + name(key));
        b.getStyleClass().add("dialpad-key");
        b.setGraphic(face);
        b.setFocusTraversable(false); // the caret stays in the number field while keys are clicked
        String spoken = Messages.get("dialpad.key", String.valueOf(key));
        b.setAccessibleText(spoken);
        Tooltip tip = new Tooltip(spoken);
        tip.setShowDelay(javafx.util.Duration.millis(800));
        b.setTooltip(tip);
        b.setOnAction(e -> vm.press(key));
        return b;
    }

    private static String name(char key) {
        return switch (key) {
            case '*' -> "star";
            case '#' -> "hash";
            default -> String.valueOf(key);
        };
    }
}
