package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.PhoneControls;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The calls the bar shows, kept from the phone's snapshots: ringing incoming calls in one list,
 * every other call as a numbered panel in another (diagram in package-info).
 */
public final class CallList {
    /** Long enough to read "Ended — busy", short enough not to clutter the bar. */
    public static final Duration ENDED_LINGER = Duration.ofSeconds(4);

    private final PhoneControls controls;
    private final ObservableList<CallPanelViewModel> panels = FXCollections.observableArrayList();
    private final ObservableList<IncomingCallViewModel> ringing = FXCollections.observableArrayList();
    // held, not made per call: the read-only views listen weakly, so a throw-away view would lose its listeners
    private final ObservableList<CallPanelViewModel> readOnlyPanels = FXCollections.unmodifiableObservableList(panels);
    private final ObservableList<IncomingCallViewModel> readOnlyRinging = FXCollections.unmodifiableObservableList(ringing);
    private final Map<CallId, CallPanelViewModel> panelById = new HashMap<>();
    private final Map<CallId, IncomingCallViewModel> ringingById = new HashMap<>();
    private int lastNumber;

    public CallList(PhoneControls controls) {
        this.controls = controls;
    }

    /**
     * Applies one snapshot.
     *
     * @return the caller's label when a ringing call ended unanswered, so the bar can say so
     */
    public Optional<String> apply(CallSnapshot call, Instant now) {
        if (call.direction() == Direction.INCOMING && call.state() instanceof CallState.Ringing) {
            IncomingCallViewModel known = ringingById.get(call.id());
            if (known == null) {
                IncomingCallViewModel vm = new IncomingCallViewModel(call, controls, now);
                ringingById.put(call.id(), vm);
                ringing.add(vm);
            } else {
                known.update(call, now);
            }
            return Optional.empty();
        }
        IncomingCallViewModel wasRinging = ringingById.remove(call.id());
        if (wasRinging != null) {
            ringing.remove(wasRinging);
            if (call.state() instanceof CallState.Ended ended) {
                // rejected or missed before answering: there is no conversation to show a panel for
                return ended.reason() == EndReason.MISSED ? Optional.of(wasRinging.title()) : Optional.empty();
            }
        }
        CallPanelViewModel panel = panelById.get(call.id());
        if (panel == null) {
            panel = new CallPanelViewModel(++lastNumber, call, controls, now);
            panelById.put(call.id(), panel);
            panels.add(panel);
        } else {
            panel.update(call, now);
        }
        introducePanels();
        return Optional.empty();
    }

    /** Tells every panel about the others: conference partners and attended-transfer targets. */
    private void introducePanels() {
        for (CallPanelViewModel panel : panels) {
            panel.peers(panels);
        }
    }

    /** Advances the timers and lets ended calls go once the agent had time to read why. */
    public void tick(Instant now) {
        for (CallPanelViewModel panel : panels) {
            panel.tick(now);
        }
        for (IncomingCallViewModel call : ringing) {
            call.tick(now);
        }
        boolean removed = panels.removeIf(p -> {
            boolean gone = p.endedAt().map(t -> !now.isBefore(t.plus(ENDED_LINGER))).orElse(false);
            if (gone) {
                panelById.remove(p.id());
            }
            return gone;
        });
        if (removed) {
            introducePanels();
        }
    }

    /** The call the agent talks on now (digits go there): the newest connected call not held by us. */
    public Optional<CallPanelViewModel> talking() {
        for (int i = panels.size() - 1; i >= 0; i--) {
            if (panels.get(i).talking()) {
                return Optional.of(panels.get(i));
            }
        }
        return Optional.empty();
    }

    /** The ringing call the answer shortcut takes: the one that has waited longest. */
    public Optional<IncomingCallViewModel> longestRinging() {
        return ringing.isEmpty() ? Optional.empty() : Optional.of(ringing.getFirst());
    }

    /** The call the bar's End button hangs up: the newest one that can still be hung up. */
    public Optional<CallPanelViewModel> current() {
        for (int i = panels.size() - 1; i >= 0; i--) {
            if (panels.get(i).canHangUp().get()) {
                return Optional.of(panels.get(i));
            }
        }
        return Optional.empty();
    }

    public ObservableList<CallPanelViewModel> panels() {
        return readOnlyPanels;
    }

    public ObservableList<IncomingCallViewModel> ringing() {
        return readOnlyRinging;
    }
}
