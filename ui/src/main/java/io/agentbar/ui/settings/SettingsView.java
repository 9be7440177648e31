package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The settings dialog's content: four tabs over Cancel and Save. Built in code and only binds;
 * {@code close} is how the dialog goes away once saved or cancelled.
 */
public final class SettingsView extends BorderPane {
    private final TabPane tabs = new TabPane();

    public SettingsView(SettingsViewModel vm, Runnable close) {
        setId("settings");
        getStyleClass().add("settings-window");
        Theme.style(this, SettingsView.class, "settings.css");

        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("settings-tab-profile", Messages.get("settings.tab.profile"), ProfilePane.create(vm.profile())),
                tab("settings-tab-services", Messages.get("settings.tab.services"), ServicesPane.create(vm.services())),
                tab("settings-tab-audio", Messages.get("settings.tab.audio"), AudioPane.create(vm.audio())),
                tab("settings-tab-requirements", Messages.get("settings.tab.requirements"),
                        RequirementsPane.create(vm.requirements())));
        setCenter(tabs);
        setBottom(buttons(vm, close));
    }

    /** The tab pane, so the dialog can open on a given tab. */
    public TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String id, String title, Node content) {
        // the tab header node takes the tab's id, so tests click "#settings-tab-audio"
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private static Node buttons(SettingsViewModel vm, Runnable close) {
        Label error = new Label();
        error.setId("settings-save-error");
        error.getStyleClass().add("settings-error");
        error.textProperty().bind(vm.saveError());
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);

        Button cancel = new Button(Messages.get("settings.cancel"));
        cancel.setId("settings-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancel();
            close.run();
        });
        Button save = new Button(Messages.get("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().add("settings-primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (vm.save()) {
                close.run();
            }
        });
        HBox row = new HBox(8, error, cancel, save);
        row.getStyleClass().add("settings-buttons");
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
