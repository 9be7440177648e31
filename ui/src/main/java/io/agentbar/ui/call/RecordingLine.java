package io.agentbar.ui.call;

import io.agentbar.core.recording.RecordingInfo;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;

/**
 * One running recording of a call: its number, title, whether it is paused and how long it has
 * recorded. The phone reports no start time, so the time counts from when this line first saw the
 * recording and stands still while it is paused; it is the agent's reassurance, not the file's length.
 */
public final class RecordingLine {
    private final int number;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper(this, "elapsedText", "");
    private Duration recorded = Duration.ZERO;
    private Instant runningSince;

    RecordingLine(RecordingInfo info, Instant now) {
        this.number = info.number();
        update(info, now);
    }

    void update(RecordingInfo info, Instant now) {
        label.set(info.title().isBlank() ? Messages.get("recording.untitled", String.valueOf(number))
                : Messages.get("recording.titled", String.valueOf(number), info.title().strip()));
        if (info.paused() && runningSince != null) {
            recorded = recorded.plus(Duration.between(runningSince, now));
            runningSince = null;
        } else if (!info.paused() && runningSince == null) {
            runningSince = now;
        }
        paused.set(info.paused());
        tick(now);
    }

    void tick(Instant now) {
        elapsedText.set(CallTexts.timer(elapsed(now)));
    }

    Duration elapsed(Instant now) {
        return runningSince == null ? recorded : recorded.plus(Duration.between(runningSince, now));
    }

    /** 1 or 2 within the call. */
    public int number() {
        return number;
    }

    /** "Recording 1" or "Recording 1 · Complaint". */
    public ReadOnlyStringProperty label() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }

    /** {@code mm:ss} recorded so far. */
    public ReadOnlyStringProperty elapsedText() {
        return elapsedText.getReadOnlyProperty();
    }
}
