package io.agentbar.ui.settings;

import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.ThemeMode;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Theme;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The Services tab: auto answer and its delay, the messenger sound, the toast corner, the theme. */
final class ServicesPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private ServicesPane() {
    }

    static Node create(ServicesViewModel vm) {
        CheckBox autoAnswer = new CheckBox(Messages.get("settings.autoAnswer"));
        autoAnswer.setId("settings-auto-answer");
        autoAnswer.selectedProperty().bindBidirectional(vm.autoAnswer());

        CheckBox messenger = new CheckBox(Messages.get("settings.messengerSound"));
        messenger.setId("settings-messenger-sound");
        messenger.selectedProperty().bindBidirectional(vm.messengerSound());

        ChoiceBox<NotificationPosition> position = new ChoiceBox<>();
        position.setId("settings-notification-position");
        position.getItems().setAll(vm.positions());
        position.setConverter(new StringConverter<>() {
            @Override
            public String toString(NotificationPosition p) {
                return vm.positionLabel(p);
            }

            @Override
            public NotificationPosition fromString(String s) {
                throw new UnsupportedOperationException("positions are chosen, not typed");
            }
        });
        position.valueProperty().bindBidirectional(vm.position());

        ChoiceBox<ThemeMode> theme = new ChoiceBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(vm.themes());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThemeMode m) {
                return vm.themeLabel(m);
            }

            @Override
            public ThemeMode fromString(String s) {
                throw new UnsupportedOperationException("themes are chosen, not typed");
            }
        });
        theme.valueProperty().bindBidirectional(vm.theme());
        theme.setAccessibleText(Messages.get("settings.theme"));
        position.setAccessibleText(Messages.get("settings.notificationPosition"));

        return new Form("settings-services")
                .section(Messages.get("settings.services.callsSection"))
                .wide(autoAnswer)
                .row(Messages.get("settings.autoAnswer.delay"), delay(vm))
                .under(delayError(vm))
                .section(Messages.get("settings.services.notificationsSection"))
                .wide(messenger)
                .row(Messages.get("settings.notificationPosition"), position)
                .section(Messages.get("settings.services.appearanceSection"))
                .row(Messages.get("settings.theme"), theme)
                .build();
    }

    private static Node delay(ServicesViewModel vm) {
        TextField field = new TextField();
        field.setId("settings-auto-answer-delay");
        field.getStyleClass().add("settings-delay");
        field.setPrefColumnCount(4);
        field.setAccessibleText(Messages.get("settings.autoAnswer.delayAccessible"));
        field.textProperty().bindBidirectional(vm.delayText());
        field.disableProperty().bind(vm.autoAnswer().not());
        Label unit = new Label(Messages.get("settings.autoAnswer.seconds"));
        unit.getStyleClass().add("settings-unit");
        unit.disableProperty().bind(field.disableProperty());
        HBox line = new HBox(8, field, unit);
        line.setAlignment(Pos.CENTER_LEFT);
        // a fluent map, not isNotEmpty(): the pseudo-class listener alone keeps it alive and updating
        Theme.pseudoClass(field, INVALID, vm.delayError().map(e -> !e.isEmpty()));
        return line;
    }

    private static Node delayError(ServicesViewModel vm) {
        Label error = new Label();
        error.setId("settings-auto-answer-delay-error");
        error.getStyleClass().add("settings-error");
        error.textProperty().bind(vm.delayError());
        error.visibleProperty().bind(vm.delayError().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        return error;
    }
}
