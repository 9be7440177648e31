package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.ObjectProperty;
import javafx.util.StringConverter;

/** The Audio tab: devices by name, the ringtone switch and volume, and the headset section. */
final class AudioPane {
    private AudioPane() {
    }

    static Node create(AudioViewModel vm) {
        CheckBox ringtone = new CheckBox(Messages.get("settings.audio.ringtone"));
        ringtone.setId("settings-ringtone");
        ringtone.selectedProperty().bindBidirectional(vm.ringtoneEnabled());

        Label headset = new Label(Messages.get("settings.audio.headsetLater"));
        headset.setId("settings-headset");
        headset.getStyleClass().add("settings-note");
        headset.setWrapText(true);

        return new Form("settings-audio")
                .section(Messages.get("settings.audio.devicesSection"))
                .row(Messages.get("settings.audio.speaker"), device("settings-speaker", vm, vm.speakers(), vm.speaker()))
                .row(Messages.get("settings.audio.microphone"),
                        device("settings-microphone", vm, vm.microphones(), vm.microphone()))
                .row(Messages.get("settings.audio.ringtoneDevice"),
                        device("settings-ringtone-device", vm, vm.speakers(), vm.ringtoneDevice()))
                .section(Messages.get("settings.audio.ringtoneSection"))
                .wide(ringtone)
                .row(Messages.get("settings.audio.volume"), volume(vm))
                .section(Messages.get("settings.audio.headsetSection"))
                .wide(headset)
                .build();
    }

    private static Node device(String id, AudioViewModel vm, ObservableList<String> names,
                               ObjectProperty<String> chosen) {
        ComboBox<String> box = new ComboBox<>(names);
        box.setId(id);
        box.getStyleClass().add("settings-device");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return vm.deviceLabel(name);
            }

            @Override
            public String fromString(String label) {
                throw new UnsupportedOperationException("devices are chosen, not typed");
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static Node volume(AudioViewModel vm) {
        Slider slider = new Slider(0, 1, vm.ringtoneVolume().get());
        slider.setId("settings-ringtone-volume");
        slider.setBlockIncrement(0.05);
        slider.setAccessibleText(Messages.get("settings.audio.volume"));
        slider.valueProperty().bindBidirectional(vm.ringtoneVolume());
        slider.disableProperty().bind(vm.ringtoneEnabled().not());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label text = new Label();
        text.setId("settings-ringtone-volume-text");
        text.getStyleClass().add("settings-unit");
        text.textProperty().bind(vm.volumeText());
        text.setMinWidth(44);
        HBox line = new HBox(10, slider, text);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
