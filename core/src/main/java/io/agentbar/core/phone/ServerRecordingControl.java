package io.agentbar.core.phone;

import io.agentbar.core.account.ServerRecordingRule;
import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The PBX's recording of each call: shown as the PBX indicates it, paused and resumed by the agent
 * the way the account's {@link ServerRecordingRule} says. Runs on the phone's signalling thread only.
 *
 * <pre>
 *  (none) ──indicated on──► ACTIVE ──pause──► [pending] ──2xx──► PAUSED ──resume──► [pending] ──2xx──► ACTIVE
 *     ▲                       │                   └─ non-2xx: unchanged, refused          (feature code: no pending,
 *     └──── indicated off ────┘                                                            the state flips when sent)
 * </pre>
 * A feature code gets no answer from the PBX, so the state flips as soon as the digits are sent;
 * an INFO's 2xx is the PBX's word, so the state flips only then.
 */
final class ServerRecordingControl {
    private static final Logger LOG = Logger.getLogger(ServerRecordingControl.class.getName());

    private final ServerRecordingRule rule;
    private final Signalling signalling;
    /** The phone's DTMF path (key tone, RFC 4733 or INFO per the account's mode). */
    private final BiConsumer<CallId, Character> dtmf;
    private final Consumer<CallRecord> changed;
    private final Consumer<String> refused;

    ServerRecordingControl(ServerRecordingRule rule, Signalling signalling, BiConsumer<CallId, Character> dtmf,
                           Consumer<CallRecord> changed, Consumer<String> refused) {
        this.rule = rule;
        this.signalling = signalling;
        this.dtmf = dtmf;
        this.changed = changed;
        this.refused = refused;
    }

    /** The PBX said it records the call, or stopped. Saying "on" again keeps the agent's pause. */
    void indicated(CallRecord c, boolean on) {
        if (c.state.isEnded() || c.state instanceof CallState.Ending) {
            return;
        }
        if (on && c.serverRecording == null) {
            c.serverRecording = CallSnapshot.ServerRecording.ACTIVE;
            changed.accept(c);
        } else if (!on && c.serverRecording != null) {
            c.serverRecording = null;
            changed.accept(c);
        }
    }

    void pause(CallRecord c) {
        change(c, true);
    }

    void resume(CallRecord c) {
        change(c, false);
    }

    /** The answer to our pause or resume INFO: only a 2xx changes what the agent sees. */
    void onInfoAnswered(CallRecord c, SignallingEvent.InfoAnswered answer) {
        CallSnapshot.ServerRecording now = c.serverRecording;
        if (now == null || !now.pending() || !(rule.control() instanceof ServerRecordingRule.Control.Info info)
                || !info.contentType().equalsIgnoreCase(answer.contentType())) {
            return; // someone else's INFO, or the recording ended meanwhile
        }
        boolean wanted = !now.paused();
        if (answer.accepted()) {
            c.serverRecording = new CallSnapshot.ServerRecording(wanted, false);
        } else {
            LOG.info(() -> "call " + c.id + ": the PBX refused to " + (wanted ? "pause" : "resume")
                    + " its recording (" + answer.status() + ")");
            c.serverRecording = new CallSnapshot.ServerRecording(now.paused(), false);
            refused.accept("The PBX did not " + (wanted ? "pause" : "resume") + " its recording"
                    + (answer.status() > 0 ? " (SIP " + answer.status() + ")" : "") + "; it is still "
                    + (now.paused() ? "paused" : "recording"));
        }
        changed.accept(c);
    }

    private void change(CallRecord c, boolean pause) {
        String verb = pause ? "paused" : "resumed";
        if (!(c.state instanceof CallState.Connected) || c.session == null) {
            refused.accept("The PBX's recording can only be " + verb + " in a connected call");
            return;
        }
        CallSnapshot.ServerRecording now = c.serverRecording;
        if (now == null) {
            refused.accept("The PBX does not say it records this call");
            return;
        }
        if (now.pending()) {
            refused.accept("The PBX has not answered the last pause or resume yet");
            return;
        }
        if (now.paused() == pause) {
            refused.accept("The PBX's recording of this call is already " + (pause ? "paused" : "running"));
            return;
        }
        switch (rule.control()) {
            case ServerRecordingRule.Control.None none -> refused.accept(
                    "No way to pause the PBX's recording is set for this account (a feature code or SIP INFO)");
            case ServerRecordingRule.Control.FeatureCode code -> {
                String digits = pause ? code.pause() : code.resume();
                digits.chars().forEach(d -> dtmf.accept(c.id, (char) d));
                c.serverRecording = new CallSnapshot.ServerRecording(pause, false);
                changed.accept(c);
            }
            case ServerRecordingRule.Control.Info info -> {
                signalling.sendInfo(c.id, info.contentType(), pause ? info.pauseBody() : info.resumeBody());
                c.serverRecording = new CallSnapshot.ServerRecording(now.paused(), true);
                changed.accept(c);
            }
        }
    }
}
