package io.agentbar.ui.bar;

import io.agentbar.ui.call.Shortcuts;
import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

import java.util.Locale;

/** The bar's own buttons, each bound to the bar's view model; {@link BarView} lays them out. */
final class BarButtons {
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    private BarButtons() {
    }

    static Node registration(BarViewModel vm) {
        Circle light = new Circle(5.5);
        light.setId("registration-light");
        light.getStyleClass().add("registration-light");
        for (RegistrationLight colour : RegistrationLight.values()) {
            PseudoClass pc = PseudoClass.getPseudoClass(colour.name().toLowerCase(Locale.ROOT));
            Theme.pseudoClass(light, pc, vm.registrationLight().map(c -> c == colour));
        }
        light.accessibleTextProperty().bind(vm.registrationText());

        Button button = new Button(vm.accountLabel(), light);
        button.setId("registration-button");
        button.getStyleClass().add("registration-button");
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMinWidth(Button.USE_PREF_SIZE); // the number field gives way, never the extension
        Tooltip t = new Tooltip();
        t.setShowDelay(IconButton.TOOLTIP_DELAY);
        t.textProperty().bind(vm.registrationText());
        button.setTooltip(t);
        button.accessibleTextProperty().bind(
                Bindings.createStringBinding(() -> Messages.get("registration.accessible", vm.registrationText().get()),
                        vm.registrationText()));
        button.setOnAction(e -> vm.register());
        return button;
    }

    static Node ringtone(BarViewModel vm) {
        RingtoneSwitch ringtone = vm.ringtone();
        IconButton b = new IconButton("ringtone-toggle", null, "");
        b.getStyleClass().addAll("flat", "toggle");
        b.graphicProperty().bind(Bindings.when(ringtone.on())
                .then(Glyph.BELL.create(18)).otherwise(Glyph.BELL_OFF.create(18)));
        b.getTooltip().textProperty().bind(ringtone.text());
        b.accessibleTextProperty().bind(ringtone.text());
        Theme.pseudoClass(b, MUTED, ringtone.off());
        b.setOnAction(e -> ringtone.toggle());
        return b;
    }

    static Node speaker(BarViewModel vm) {
        IconButton b = new IconButton("speaker-toggle", null, "");
        b.getStyleClass().addAll("flat", "toggle");
        b.graphicProperty().bind(Bindings.when(vm.speakerMuted())
                .then(Glyph.SPEAKER_OFF.create(18)).otherwise(Glyph.SPEAKER.create(18)));
        b.getTooltip().textProperty().bind(vm.speakerText());
        Theme.pseudoClass(b, MUTED, vm.speakerMuted());
        b.setOnAction(e -> vm.toggleSpeaker());
        return b;
    }

    static Node microphone(BarViewModel vm) {
        IconButton b = new IconButton("mic-toggle", null, "");
        b.getStyleClass().addAll("flat", "toggle");
        b.graphicProperty().bind(Bindings.when(vm.microphoneMuted())
                .then(Glyph.MICROPHONE_OFF.create(18)).otherwise(Glyph.MICROPHONE.create(18)));
        b.getTooltip().textProperty().bind(vm.microphoneText().map(t -> Shortcuts.tip(t, Shortcuts.MUTE)));
        Theme.pseudoClass(b, MUTED, vm.microphoneMuted());
        b.setOnAction(e -> vm.toggleMicrophone());
        return b;
    }

    static Node dialpadToggle(BarViewModel vm) {
        IconButton b = new IconButton("dialpad-toggle", Glyph.DIALPAD.create(18), "");
        b.getStyleClass().addAll("flat", "toggle", "dialpad-toggle");
        b.getTooltip().textProperty().bind(vm.dialpad().isOpen().map(open -> Shortcuts.tip(
                Messages.get(open ? "dialpad.hide" : "dialpad.show"), Shortcuts.DIALPAD)));
        Theme.pseudoClass(b, OPEN, vm.dialpad().isOpen());
        b.setOnAction(e -> vm.toggleDialpad());
        return b;
    }

    static Node callButton(BarViewModel vm) {
        IconButton b = new IconButton("call-button", Glyph.HANDSET.create(18), Messages.get("call.tooltip"));
        b.getStyleClass().add("call-button");
        b.disableProperty().bind(vm.canCall().not());
        b.setOnAction(e -> vm.call());
        return b;
    }

    static Node endButton(BarViewModel vm) {
        IconButton b = new IconButton("end-button", Glyph.HANDSET_DOWN.create(18),
                Shortcuts.tip(Messages.get("end.tooltip"), Shortcuts.HANG_UP));
        b.getStyleClass().add("end-button");
        b.disableProperty().bind(vm.canEnd().not());
        b.setOnAction(e -> vm.endCurrentCall());
        return b;
    }
}
