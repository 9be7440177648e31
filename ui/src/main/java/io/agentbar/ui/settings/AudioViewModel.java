package io.agentbar.ui.settings;

import io.agentbar.core.settings.Preferences;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Audio tab: speaker, microphone and ringtone device, the ringtone switch and volume. A device
 * is a name; "" is the system default. A chosen device that is not connected now stays in its list,
 * marked, so opening the dialog without the headset plugged in does not lose the choice.
 */
public final class AudioViewModel {
    private final ObservableList<String> speakers = FXCollections.observableArrayList("");
    private final ObservableList<String> microphones = FXCollections.observableArrayList("");
    private final ObjectProperty<String> speaker = new SimpleObjectProperty<>(this, "speaker", "");
    private final ObjectProperty<String> microphone = new SimpleObjectProperty<>(this, "microphone", "");
    private final ObjectProperty<String> ringtoneDevice = new SimpleObjectProperty<>(this, "ringtoneDevice", "");
    private final BooleanProperty ringtoneEnabled = new SimpleBooleanProperty(this, "ringtoneEnabled", true);
    private final DoubleProperty ringtoneVolume = new SimpleDoubleProperty(this, "ringtoneVolume",
            Preferences.DEFAULT_RINGTONE_VOLUME);
    private final ReadOnlyStringWrapper volumeText = new ReadOnlyStringWrapper(this, "volumeText", "");
    private final Set<String> connected = new HashSet<>();

    AudioViewModel() {
        ringtoneVolume.subscribe(v -> volumeText.set(Math.round(v.doubleValue() * 100) + " %"));
    }

    void show(Preferences p) {
        speaker.set(p.speaker());
        microphone.set(p.microphone());
        ringtoneDevice.set(p.ringtoneDevice());
        ringtoneEnabled.set(p.ringtoneEnabled());
        ringtoneVolume.set(p.ringtoneVolume());
        keepChosen();
    }

    /** The devices the system has now (listed off the FX thread, shown on it). */
    void showDevices(List<String> foundSpeakers, List<String> foundMicrophones) {
        connected.clear();
        connected.addAll(foundSpeakers);
        connected.addAll(foundMicrophones);
        update(speakers, withDefault(foundSpeakers, speaker.get(), ringtoneDevice.get()), speaker, ringtoneDevice);
        update(microphones, withDefault(foundMicrophones, microphone.get()), microphone);
    }

    /**
     * Brings {@code list} to {@code wanted} by removing and inserting single items. A combo box keeps
     * its selection by index when its whole list is replaced, which would silently swap the agent's
     * device for whatever now sits at that index; single changes move the selection along.
     */
    @SafeVarargs
    private static void update(ObservableList<String> list, List<String> wanted, ObjectProperty<String>... chosen) {
        list.removeIf(name -> !wanted.contains(name));
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= list.size() || !list.get(i).equals(wanted.get(i))) {
                list.add(i, wanted.get(i));
            }
        }
        if (!list.equals(wanted)) {
            // a kept device changed places (rare): replace, then put each choice back by name
            List<String> values = java.util.Arrays.stream(chosen).map(ObjectProperty::get).toList();
            list.setAll(wanted);
            for (int i = 0; i < chosen.length; i++) {
                chosen[i].set(values.get(i));
            }
        }
    }

    Preferences edit(Preferences base) {
        double volume = Math.clamp(ringtoneVolume.get(), 0.0, 1.0);
        return base.withDevices(orDefault(speaker.get()), orDefault(microphone.get()), orDefault(ringtoneDevice.get()))
                .withRingtone(ringtoneEnabled.get(), volume);
    }

    /** "System default", the name, or the name marked as not connected. */
    public String deviceLabel(String name) {
        if (name == null || name.isEmpty()) {
            return Messages.get("settings.audio.systemDefault");
        }
        return connected.contains(name) ? name : Messages.get("settings.audio.notConnected", name);
    }

    private void keepChosen() {
        addIfMissing(speakers, speaker.get());
        addIfMissing(speakers, ringtoneDevice.get());
        addIfMissing(microphones, microphone.get());
    }

    private static void addIfMissing(List<String> list, String name) {
        if (name != null && !list.contains(name)) {
            list.add(name);
        }
    }

    /** The system default, the devices found, then chosen ones not found (so they stay chosen). */
    private static List<String> withDefault(List<String> found, String... chosen) {
        List<String> all = new ArrayList<>();
        all.add("");
        found.stream().filter(n -> !n.isEmpty() && !all.contains(n)).forEach(all::add);
        for (String name : chosen) {
            addIfMissing(all, name);
        }
        return all;
    }

    private static String orDefault(String name) {
        return name == null ? "" : name;
    }

    /** Speakers, the system default first; the ringtone device is chosen from these too. */
    public ObservableList<String> speakers() {
        return speakers;
    }

    public ObservableList<String> microphones() {
        return microphones;
    }

    public ObjectProperty<String> speaker() {
        return speaker;
    }

    public ObjectProperty<String> microphone() {
        return microphone;
    }

    public ObjectProperty<String> ringtoneDevice() {
        return ringtoneDevice;
    }

    public BooleanProperty ringtoneEnabled() {
        return ringtoneEnabled;
    }

    /** 0 to 1. */
    public DoubleProperty ringtoneVolume() {
        return ringtoneVolume;
    }

    /** The volume as the agent reads it: "70 %". */
    public ReadOnlyStringProperty volumeText() {
        return volumeText.getReadOnlyProperty();
    }
}
