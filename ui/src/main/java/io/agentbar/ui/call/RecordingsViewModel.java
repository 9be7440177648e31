package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.recording.RecordingInfo;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recordings of one call, as the guide's recording window: a line per running recording
 * (pause/resume, stop) and, while fewer than {@link #MAX} run, a title field and Start. Lines come
 * and go only when the phone's snapshot says so. The panel's red badge shows while any recording
 * runs, with the time of the oldest.
 */
public final class RecordingsViewModel {
    /** The phone keeps at most two recordings per call. */
    public static final int MAX = 2;

    private final CallId id;
    private final PhoneControls controls;
    private final ObservableList<RecordingLine> lines = FXCollections.observableArrayList();
    private final ObservableList<RecordingLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final Map<Integer, RecordingLine> byNumber = new HashMap<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final ReadOnlyBooleanWrapper allPaused = new ReadOnlyBooleanWrapper(this, "allPaused");
    private final ReadOnlyStringWrapper badgeText = new ReadOnlyStringWrapper(this, "badgeText", "");
    private final ReadOnlyStringWrapper badgeAccessibleText = new ReadOnlyStringWrapper(this, "badgeAccessibleText", "");
    private boolean connected;

    RecordingsViewModel(CallId id, PhoneControls controls) {
        this.id = Objects.requireNonNull(id, "id");
        this.controls = Objects.requireNonNull(controls, "controls");
    }

    void update(List<RecordingInfo> infos, boolean callConnected, Instant now) {
        connected = callConnected;
        byNumber.keySet().retainAll(infos.stream().map(RecordingInfo::number).toList());
        lines.removeIf(l -> !byNumber.containsKey(l.number()));
        for (RecordingInfo info : infos) {
            RecordingLine line = byNumber.get(info.number());
            if (line == null) {
                line = new RecordingLine(info, now);
                byNumber.put(info.number(), line);
                lines.add(line);
                lines.sort((a, b) -> Integer.compare(a.number(), b.number()));
            } else {
                line.update(info, now);
            }
        }
        if (!callConnected) {
            open.set(false);
        }
        canStart.set(callConnected && lines.size() < MAX);
        recording.set(!lines.isEmpty());
        allPaused.set(!lines.isEmpty() && lines.stream().allMatch(l -> l.paused().get()));
        tick(now);
    }

    void tick(Instant now) {
        lines.forEach(l -> l.tick(now));
        if (lines.isEmpty()) {
            badgeText.set("");
            badgeAccessibleText.set("");
            return;
        }
        String time = lines.getFirst().elapsedText().get();
        badgeText.set(lines.size() > 1 ? Messages.get("recording.badge.two", time) : time);
        badgeAccessibleText.set(Messages.get(allPaused.get() ? "recording.badge.paused" : "recording.badge.running",
                time));
    }

    // ---- commands ---------------------------------------------------------------------------

    /** The record button: opens or closes the recording strip. */
    public void toggle() {
        open.set(!open.get() && connected);
    }

    public void close() {
        open.set(false);
    }

    /** Starts a recording with the typed title (which may be empty). */
    public void start() {
        if (canStart.get()) {
            controls.startRecording(id, title.get().strip());
            title.set("");
        }
    }

    public void pause(RecordingLine line) {
        controls.pauseRecording(id, line.number());
    }

    public void resume(RecordingLine line) {
        controls.resumeRecording(id, line.number());
    }

    public void stop(RecordingLine line) {
        controls.stopRecording(id, line.number());
    }

    // ---- state ------------------------------------------------------------------------------

    public ObservableList<RecordingLine> lines() {
        return readOnlyLines;
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** The new recording's title; the view binds it both ways. */
    public StringProperty title() {
        return title;
    }

    /** Whether another recording may start: the call is connected and fewer than two run. */
    public ReadOnlyBooleanProperty canStart() {
        return canStart.getReadOnlyProperty();
    }

    /** Whether any recording runs (paused or not): the record button turns red. */
    public ReadOnlyBooleanProperty recording() {
        return recording.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allPaused() {
        return allPaused.getReadOnlyProperty();
    }

    /** The red badge: the oldest recording's time, "2 × 01:05" with two; empty when none runs. */
    public ReadOnlyStringProperty badgeText() {
        return badgeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badgeAccessibleText() {
        return badgeAccessibleText.getReadOnlyProperty();
    }
}
