package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The red auto-answer mark for the bar, as the browser bar shows it: there only while auto answer
 * is saved as on, so the agent knows calls will connect without a click. Place it anywhere in the
 * bar; it brings its own style.
 */
public final class AutoAnswerBadge extends Label {
    public AutoAnswerBadge(SettingsViewModel vm) {
        super(Messages.get("settings.autoAnswer.badge"), Glyph.HANDSET.create(12));
        setId("auto-answer-badge");
        getStyleClass().add("auto-answer-badge");
        Theme.style(this, AutoAnswerBadge.class, "settings.css");
        Tooltip tip = new Tooltip();
        tip.setShowDelay(IconButton.TOOLTIP_DELAY);
        tip.textProperty().bind(vm.autoAnswerText());
        setTooltip(tip);
        accessibleTextProperty().bind(vm.autoAnswerText());
        visibleProperty().bind(vm.autoAnswerOn());
        managedProperty().bind(visibleProperty());
    }
}
