package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One call below the bar: who, which way, what state, how long, how the audio is. It changes only
 * when the phone reports a new snapshot or the clock ticks, both on the FX thread.
 */
public final class CallPanelViewModel {
    private final int number;
    private final CallId id;
    private final PhoneControls controls;

    private final ReadOnlyStringWrapper remoteLabel = new ReadOnlyStringWrapper(this, "remoteLabel", "");
    private final ReadOnlyStringWrapper remoteDetail = new ReadOnlyStringWrapper(this, "remoteDetail", "");
    private final ReadOnlyObjectWrapper<Direction> direction = new ReadOnlyObjectWrapper<>(this, "direction");
    private final ReadOnlyStringWrapper directionText = new ReadOnlyStringWrapper(this, "directionText", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper(this, "timerText", "");
    private final ReadOnlyStringWrapper mediaText = new ReadOnlyStringWrapper(this, "mediaText", "");
    private final ReadOnlyObjectWrapper<MediaIndication> media =
            new ReadOnlyObjectWrapper<>(this, "media", MediaIndication.NONE);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");
    private final ReadOnlyBooleanWrapper canHangUp = new ReadOnlyBooleanWrapper(this, "canHangUp");
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");

    private CallSnapshot snapshot;
    private Instant endedAt;

    /**
     * @param number the panel's place in this session (1 for the first call), stable for its life
     * @param now    when the snapshot arrived, so the timer of an ended call stops there
     */
    public CallPanelViewModel(int number, CallSnapshot first, PhoneControls controls, Instant now) {
        this.number = number;
        this.id = first.id();
        this.controls = controls;
        update(first, now);
    }

    public void update(CallSnapshot next, Instant now) {
        snapshot = next;
        Party remote = next.remote();
        remoteLabel.set(remote.label());
        remoteDetail.set(remote.displayName().isBlank() ? "" : remote.user());
        direction.set(next.direction());
        directionText.set(Messages.get("call.direction." + next.direction().name()));
        subtitle.set(remoteDetail.get().isEmpty() ? directionText.get() : remoteDetail.get());
        stateText.set(CallTexts.state(next.state()));
        media.set(CallTexts.indication(next.media()));
        mediaText.set(CallTexts.media(next.media(), next.codec()));
        connected.set(next.state() instanceof CallState.Connected);
        ended.set(next.state().isEnded());
        canHangUp.set(!next.state().isEnded() && !(next.state() instanceof CallState.Ending));
        if (next.state().isEnded() && endedAt == null) {
            endedAt = now;
        }
        tick(now);
    }

    /** Advances the call timer; called every second. */
    public void tick(Instant now) {
        Optional<Instant> since = connectedSince();
        Instant until = endedAt != null ? endedAt : now;
        timerText.set(since.map(s -> CallTexts.timer(Duration.between(s, until))).orElse(""));
        accessibleText.set(Messages.get("call.accessible", remoteLabel.get(), stateText.get(), timerText.get()));
    }

    private Optional<Instant> connectedSince() {
        if (snapshot.connectedAt().isPresent()) {
            return snapshot.connectedAt();
        }
        return snapshot.state() instanceof CallState.Connected c ? Optional.of(c.since()) : Optional.empty();
    }

    public void hangUp() {
        if (canHangUp.get()) {
            controls.hangUp(id);
        }
    }

    public int number() {
        return number;
    }

    public CallId id() {
        return id;
    }

    /** When the call ended, as seen by the bar; empty while it lasts. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public ReadOnlyStringProperty remoteLabel() {
        return remoteLabel.getReadOnlyProperty();
    }

    /** The number under the name when the name is known; empty otherwise. */
    public ReadOnlyStringProperty remoteDetail() {
        return remoteDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Direction> direction() {
        return direction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty directionText() {
        return directionText.getReadOnlyProperty();
    }

    /** The small line by the name: the number when a name is shown, else the direction. */
    public ReadOnlyStringProperty subtitle() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateText() {
        return stateText.getReadOnlyProperty();
    }

    /** {@code mm:ss} since the call connected; empty before. */
    public ReadOnlyStringProperty timerText() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mediaText() {
        return mediaText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MediaIndication> media() {
        return media.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connected() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ended() {
        return ended.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canHangUp() {
        return canHangUp.getReadOnlyProperty();
    }

    /** What a screen reader says for the whole panel. */
    public ReadOnlyStringProperty accessibleText() {
        return accessibleText.getReadOnlyProperty();
    }
}
