package io.agentbar.ui.call;

import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The "where to?" strip under a panel: a label, the target field, a confirm button, optional extra
 * choices (attended-transfer targets) and a close cross. Ids: {@code <prefix>-prompt},
 * {@code <prefix>-target}, {@code <prefix>-confirm}, {@code <prefix>-cancel}. Enter confirms, Escape closes.
 */
public final class TargetPromptView extends HBox {
    private final TextField field = new TextField();

    /**
     * @param confirm what the confirm button (and Enter) does, through the owning view model
     * @param extras  further choices shown between confirm and close
     */
    public TargetPromptView(String prefix, String label, String confirmText, TargetPromptViewModel vm,
                            Runnable confirm, Node... extras) {
        setId(prefix + "-prompt");
        getStyleClass().addAll("target-prompt", prefix + "-prompt");
        setAlignment(Pos.CENTER_LEFT);

        Label caption = new Label(label);
        caption.getStyleClass().add("prompt-caption");
        caption.setMinWidth(Label.USE_PREF_SIZE);

        field.setId(prefix + "-target");
        field.getStyleClass().add("prompt-field");
        field.setPromptText(Messages.get("prompt.target"));
        field.setAccessibleText(label);
        field.textProperty().bindBidirectional(vm.target());
        field.setOnAction(e -> confirm.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);

        Button ok = new Button(confirmText);
        ok.setId(prefix + "-confirm");
        ok.getStyleClass().addAll("prompt-confirm", prefix + "-confirm");
        ok.setAccessibleText(confirmText);
        ok.setMinWidth(Button.USE_PREF_SIZE);
        ok.disableProperty().bind(vm.canConfirm().not());
        ok.setOnAction(e -> confirm.run());

        IconButton cancel = new IconButton(prefix + "-cancel", Glyph.CLOSE.create(14), Messages.get("prompt.cancel"));
        cancel.getStyleClass().addAll("flat", "prompt-cancel");
        cancel.setOnAction(e -> vm.close());

        getChildren().addAll(caption, field, ok);
        getChildren().addAll(extras);
        getChildren().add(cancel);

        visibleProperty().bind(vm.isOpen());
        managedProperty().bind(visibleProperty());
        // the agent opened it to type: put the caret there
        vm.isOpen().subscribe(isOpen -> {
            if (isOpen) {
                field.requestFocus();
            }
        });
    }
}
