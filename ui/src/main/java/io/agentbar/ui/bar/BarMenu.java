package io.agentbar.ui.bar;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The right end of the bar: the settings button and the "more" menu (settings, recordings, always
 * on top, dock at the top, dark theme). The menu's entries carry their shortcuts, so the agent
 * learns them where the mouse goes.
 */
final class BarMenu {
    /** Ctrl+, (Cmd+, on macOS): as in most desktop apps. */
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RECORDINGS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private BarMenu() {
    }

    static Node settingsButton(BarMenuViewModel vm) {
        IconButton b = new IconButton("settings-button", Glyph.SLIDERS.create(18),
                io.agentbar.ui.call.Shortcuts.tip(Messages.get("menu.settings.tooltip"), SETTINGS));
        b.getStyleClass().addAll("flat", "settings-button");
        b.visibleProperty().bind(vm.settingsAvailable());
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> vm.openSettings());
        return b;
    }

    static Node menu(BarMenuViewModel vm) {
        MenuItem settings = new MenuItem(Messages.get("menu.settings"));
        settings.setId("menu-settings");
        settings.visibleProperty().bind(vm.settingsAvailable());
        settings.setOnAction(e -> vm.openSettings());
        settings.setAccelerator(SETTINGS);
        MenuItem recordings = new MenuItem(Messages.get("menu.recordings"));
        recordings.setId("menu-recordings");
        recordings.visibleProperty().bind(vm.recordingsAvailable());
        recordings.setOnAction(e -> vm.openRecordings());
        recordings.setAccelerator(RECORDINGS);

        CheckMenuItem onTop = new CheckMenuItem(Messages.get("menu.alwaysOnTop"));
        onTop.setId("menu-always-on-top");
        onTop.selectedProperty().bindBidirectional(vm.alwaysOnTop());
        onTop.visibleProperty().bind(vm.windowAvailable());
        CheckMenuItem dock = new CheckMenuItem(Messages.get("menu.dockTop"));
        dock.setId("menu-dock-top");
        dock.selectedProperty().bindBidirectional(vm.docked());
        dock.visibleProperty().bind(vm.windowAvailable());
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setSelected(vm.dark().get());
        vm.dark().subscribe(dark::setSelected);
        // through the view model, which saves the choice; a binding would bypass it
        dark.setOnAction(e -> vm.toggleDark());
        dark.visibleProperty().bind(vm.themeAvailable());

        MenuButton menu = new MenuButton(null, Glyph.MORE.create(18), settings, recordings,
                new SeparatorMenuItem(), onTop, dock, dark);
        menu.setId("bar-menu");
        menu.getStyleClass().addAll("bar-menu", "icon-button", "flat");
        Tooltip tip = new Tooltip(Messages.get("menu.tooltip"));
        tip.setShowDelay(IconButton.TOOLTIP_DELAY);
        menu.setTooltip(tip);
        menu.setAccessibleText(Messages.get("menu.tooltip"));
        menu.visibleProperty().bind(vm.settingsAvailable().or(vm.recordingsAvailable())
                .or(vm.windowAvailable()).or(vm.themeAvailable()));
        menu.managedProperty().bind(menu.visibleProperty());
        return menu;
    }
}
