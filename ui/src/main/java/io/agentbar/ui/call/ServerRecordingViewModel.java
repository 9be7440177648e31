package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.CallSnapshot.ServerRecording;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;

/**
 * The PBX's own recording of a call ("PBX REC"), apart from the agent's recordings: shown while
 * the PBX says it records, with a button to pause or resume it. While a pause or resume awaits the
 * PBX the button waits too, so a double click cannot send two.
 */
public final class ServerRecordingViewModel {
    /** How the indicator looks. */
    public enum Look {
        NONE, RECORDING, PAUSED, PENDING
    }

    private final CallId id;
    private final PhoneControls controls;
    private final ReadOnlyObjectWrapper<Look> look = new ReadOnlyObjectWrapper<>(this, "look", Look.NONE);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper canToggle = new ReadOnlyBooleanWrapper(this, "canToggle");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper(this, "toggleText", "");

    ServerRecordingViewModel(CallId id, PhoneControls controls) {
        this.id = id;
        this.controls = controls;
    }

    /** The call's latest snapshot: {@code connected} because only a call that is up can be paused. */
    void update(Optional<ServerRecording> recording, boolean connected) {
        Look next = recording.filter(r -> connected)
                .map(r -> r.pending() ? Look.PENDING : r.paused() ? Look.PAUSED : Look.RECORDING)
                .orElse(Look.NONE);
        look.set(next);
        shown.set(next != Look.NONE);
        paused.set(recording.map(ServerRecording::paused).orElse(false));
        canToggle.set(next == Look.RECORDING || next == Look.PAUSED);
        text.set(switch (next) {
            case NONE -> "";
            case RECORDING -> Messages.get("call.pbxRecording.on");
            case PAUSED -> Messages.get("call.pbxRecording.paused");
            case PENDING -> Messages.get("call.pbxRecording.pending");
        });
        toggleText.set(Messages.get(paused.get() ? "call.pbxRecording.resume" : "call.pbxRecording.pause"));
    }

    /** Pauses a running PBX recording, resumes a paused one. */
    public void toggle() {
        if (!canToggle.get()) {
            return;
        }
        if (paused.get()) {
            controls.resumeServerRecording(id);
        } else {
            controls.pauseServerRecording(id);
        }
    }

    public ReadOnlyObjectProperty<Look> look() {
        return look.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canToggle() {
        return canToggle.getReadOnlyProperty();
    }

    /** What the badge says to a screen reader and in its tooltip. */
    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** The button's tooltip: "Pause the PBX recording" or "Resume the PBX recording". */
    public ReadOnlyStringProperty toggleText() {
        return toggleText.getReadOnlyProperty();
    }
}
