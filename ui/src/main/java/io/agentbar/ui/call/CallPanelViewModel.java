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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One call below the bar: who, which way, what state, how long, how the audio is, and what the
 * agent may do with it ({@link CallActions}). It changes only when the phone reports a new
 * snapshot, another call changes ({@link #peers}), or the clock ticks, all on the FX thread.
 * Recording and the transfer question are small view models of their own.
 */
public final class CallPanelViewModel {
    private final int number;
    private final CallId id;
    private final PhoneControls controls;
    private final RecordingsViewModel recordings;
    private final ServerRecordingViewModel serverRecording;
    private final TargetPromptViewModel transferPrompt = new TargetPromptViewModel();
    private final ObservableList<OtherCall> transferCandidates = FXCollections.observableArrayList();
    private final ObservableList<OtherCall> readOnlyCandidates = FXCollections.unmodifiableObservableList(transferCandidates);

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
    private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(this, "held");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");
    private final ReadOnlyBooleanWrapper canHangUp = new ReadOnlyBooleanWrapper(this, "canHangUp");
    private final ReadOnlyObjectWrapper<CallActions> actions = new ReadOnlyObjectWrapper<>(this, "actions", CallActions.NONE);
    private final ReadOnlyStringWrapper conferenceText = new ReadOnlyStringWrapper(this, "conferenceText", "");
    private final ReadOnlyStringWrapper transferText = new ReadOnlyStringWrapper(this, "transferText", "");
    private final ReadOnlyObjectWrapper<TransferLook> transferLook =
            new ReadOnlyObjectWrapper<>(this, "transferLook", TransferLook.NONE);
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");

    private CallSnapshot snapshot;
    private List<CallPanelViewModel> others = List.of();
    private Optional<OtherCall> conferencePartner = Optional.empty();
    private Instant endedAt;

    /**
     * @param number the panel's place in this session (1 for the first call), stable for its life
     * @param now    when the snapshot arrived, so the timer of an ended call stops there
     */
    public CallPanelViewModel(int number, CallSnapshot first, PhoneControls controls, Instant now) {
        this.number = number;
        this.id = first.id();
        this.controls = controls;
        this.recordings = new RecordingsViewModel(id, controls);
        this.serverRecording = new ServerRecordingViewModel(id, controls);
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
        media.set(CallTexts.indication(next.media()));
        mediaText.set(CallTexts.media(next.media(), next.codec()));
        connected.set(next.state() instanceof CallState.Connected);
        held.set(connected.get() && next.hold().any());
        ended.set(next.state().isEnded());
        canHangUp.set(!next.state().isEnded() && !(next.state() instanceof CallState.Ending));
        transferText.set(CallTexts.transfer(next.transfer()));
        transferLook.set(TransferLook.of(next.transfer()));
        recordings.update(next.recordings(), connected.get(), now);
        serverRecording.update(next.serverRecording(), connected.get());
        if (next.state().isEnded() && endedAt == null) {
            endedAt = now;
        }
        refresh();
        tick(now);
    }

    /**
     * The other calls on the bar, after any of them changed: who could join a conference with this
     * one, where an attended transfer could go, and the name of a conference partner.
     */
    public void peers(List<CallPanelViewModel> all) {
        others = all.stream().filter(p -> p != this && !p.ended.get()).toList();
        refresh();
        accessibleText.set(Messages.get("call.accessible", remoteLabel.get(), stateText.get(), timerText.get()));
    }

    private void refresh() {
        List<OtherCall> connectedOthers = others.stream().filter(p -> p.connected.get())
                .map(CallPanelViewModel::asOther).toList();
        transferCandidates.setAll(snapshot.state() instanceof CallState.Connected ? connectedOthers : List.of());
        // the newest other call: the one the agent just placed to consult, as the guide's procedure goes
        conferencePartner = connectedOthers.isEmpty() ? Optional.empty() : Optional.of(connectedOthers.getLast());
        conferenceText.set(conferencePartner.map(p -> Messages.get("call.conference.tooltip.with",
                String.valueOf(p.number()), p.label())).orElse(Messages.get("call.conference.tooltip")));
        String partner = others.stream().filter(p -> snapshot.conferencedWith().contains(p.id))
                .map(p -> p.remoteLabel.get()).findFirst().orElse("");
        stateText.set(CallTexts.state(snapshot, partner));
        actions.set(CallActions.of(snapshot, conferencePartner.isPresent()));
        if (!actions.get().transfer().enabled()) {
            transferPrompt.close();
        }
    }

    /** Advances the call and recording timers; called every second. */
    public void tick(Instant now) {
        Optional<Instant> since = connectedSince();
        Instant until = endedAt != null ? endedAt : now;
        timerText.set(since.map(s -> CallTexts.timer(Duration.between(s, until))).orElse(""));
        recordings.tick(now);
        accessibleText.set(Messages.get("call.accessible", remoteLabel.get(), stateText.get(), timerText.get()));
    }

    private Optional<Instant> connectedSince() {
        if (snapshot.connectedAt().isPresent()) {
            return snapshot.connectedAt();
        }
        return snapshot.state() instanceof CallState.Connected c ? Optional.of(c.since()) : Optional.empty();
    }

    private OtherCall asOther() {
        return new OtherCall(id, number, remoteLabel.get());
    }

    // ---- commands ---------------------------------------------------------------------------

    public void hangUp() {
        if (canHangUp.get()) {
            controls.hangUp(id);
        }
    }

    public void hold() {
        if (actions.get().hold().enabled()) {
            controls.hold(id);
        }
    }

    public void resume() {
        if (actions.get().resume().enabled()) {
            controls.resume(id);
        }
    }

    /** The hold shortcut: holds a talking call, resumes a held one. */
    public void toggleHold() {
        if (actions.get().resume().visible()) {
            resume();
        } else {
            hold();
        }
    }

    /** The transfer button: asks where to (or closes the question when it is open). */
    public void toggleTransfer() {
        if (transferPrompt.isOpen().get()) {
            transferPrompt.close();
        } else if (actions.get().transfer().enabled()) {
            transferPrompt.open();
        }
    }

    /** Blind transfer to what the agent typed. */
    public void transferBlind() {
        if (actions.get().transfer().enabled()) {
            transferPrompt.take().ifPresent(target -> controls.transfer(id, target));
        }
    }

    /** Attended transfer: this call's far end is connected to {@code other}'s. */
    public void transferTo(OtherCall other) {
        if (actions.get().transfer().enabled() && transferCandidates.contains(other)) {
            transferPrompt.close();
            controls.transfer(id, other.id());
        }
    }

    /** Joins this call and the newest other connected call. */
    public void conference() {
        if (actions.get().conference().enabled()) {
            conferencePartner.ifPresent(p -> controls.conference(id, p.id()));
        }
    }

    /** Splits the conference; the agent goes on talking to this call, the other is held. */
    public void split() {
        if (actions.get().split().enabled()) {
            controls.split(id);
        }
    }

    /** Leaves the conference: the two far ends go on without the agent. */
    public void leaveConference() {
        if (actions.get().leave().enabled()) {
            controls.leaveConference(id);
        }
    }

    // ---- state ------------------------------------------------------------------------------

    public int number() {
        return number;
    }

    public CallId id() {
        return id;
    }

    CallSnapshot snapshot() {
        return snapshot;
    }

    /** When the call ended, as seen by the bar; empty while it lasts. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public RecordingsViewModel recordings() {
        return recordings;
    }

    /** The PBX's own recording of the call ("PBX REC"). */
    public ServerRecordingViewModel serverRecording() {
        return serverRecording;
    }

    public TargetPromptViewModel transferPrompt() {
        return transferPrompt;
    }

    /** The other connected calls an attended transfer could go to; empty unless this call is connected. */
    public ObservableList<OtherCall> transferCandidates() {
        return readOnlyCandidates;
    }

    public ReadOnlyObjectProperty<CallActions> actions() {
        return actions.getReadOnlyProperty();
    }

    /** The conference button's tooltip: with whom it would join this call. */
    public ReadOnlyStringProperty conferenceText() {
        return conferenceText.getReadOnlyProperty();
    }

    /** How our transfer goes ("Transferring to 1003… 180 Ringing", "Transfer … failed"); empty when none. */
    public ReadOnlyStringProperty transferText() {
        return transferText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TransferLook> transferLook() {
        return transferLook.getReadOnlyProperty();
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

    /** "Connected", "On hold", "In conference with Bob", "Ended — busy" … */
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

    /** Connected but on hold, by either side. */
    public ReadOnlyBooleanProperty held() {
        return held.getReadOnlyProperty();
    }

    /** Whether the agent talks on this call now: connected, not held by us. Digits go there. */
    public boolean talking() {
        return connected.get() && !snapshot.hold().local();
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
