package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Profile tab: read-only labels, selectable by screen readers but not editable. */
final class ProfilePane {
    private ProfilePane() {
    }

    static Node create(ProfileViewModel vm) {
        Label note = new Label(Messages.get("settings.profile.note"));
        note.getStyleClass().add("settings-note");
        note.setWrapText(true);
        return new Form("settings-profile")
                .section(Messages.get("settings.profile.section"))
                .row(Messages.get("settings.profile.fullName"), value("settings-full-name", vm.fullName()))
                .row(Messages.get("settings.profile.internalNumber"), value("settings-internal-number", vm.internalNumber()))
                .row(Messages.get("settings.profile.client"), value("settings-client", vm.client()))
                .wide(note)
                .build();
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("settings-value");
        l.setWrapText(true);
        return l;
    }
}
