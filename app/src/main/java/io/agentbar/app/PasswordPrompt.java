package io.agentbar.app;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** Asks for the account password when no keychain holds it. */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static Optional<Secret> ask(Account account) {
        Dialog<Secret> dialog = new Dialog<>();
        dialog.setTitle("AgentBar");
        dialog.setHeaderText("Password for " + account.authUser() + "@" + account.domain());
        PasswordField field = new PasswordField();
        field.setId("password-field");
        field.setAccessibleText("Account password");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Password"), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? Secret.of(field.getText()) : null);
        return dialog.showAndWait();
    }
}
