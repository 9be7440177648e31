package io.agentbar.core.phone;

import io.agentbar.core.call.CallState;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.signalling.Signalling;
import io.agentbar.core.signalling.SignallingEvent;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Hold, resume and transfer of established calls: what we ask of signalling, and how the answers
 * change a call's hold flags and its audio. Runs on the phone's signalling thread only.
 *
 * <p>Audio follows hold at once, before the far end answers: a call we hold stops hearing and
 * being heard (the PBX plays its music, RFC 6337 leaves it to the holder's side); a call that
 * holds us keeps playing what it sends (its music on hold) but no longer gets our microphone.
 */
final class SessionControl {
    private final Signalling signalling;
    private final Consumer<CallRecord> changed;
    private final Consumer<String> refused;
    private final BooleanSupplier microphoneMuted;
    private final BooleanSupplier speakerMuted;

    SessionControl(Signalling signalling, Consumer<CallRecord> changed, Consumer<String> refused,
                   BooleanSupplier microphoneMuted, BooleanSupplier speakerMuted) {
        this.signalling = signalling;
        this.changed = changed;
        this.refused = refused;
        this.microphoneMuted = microphoneMuted;
        this.speakerMuted = speakerMuted;
    }

    void hold(CallRecord c) {
        update(c, MediaDirection.SENDONLY);
    }

    void resume(CallRecord c) {
        update(c, MediaDirection.SENDRECV);
    }

    private void update(CallRecord c, MediaDirection wish) {
        if (!(c.state instanceof CallState.Connected)) {
            refused.accept("Only a connected call can be put on hold or resumed");
            return;
        }
        MediaDirection current = c.pending != null ? c.pending : c.wanted;
        if (current == wish) {
            return;
        }
        c.pending = wish;
        applyAudio(c);
        signalling.updateDirection(c.id, wish);
        changed.accept(c);
    }

    void onAnswered(CallRecord c, SignallingEvent.ReofferAnswered answered) {
        if (c.pending == null) {
            return;
        }
        c.wanted = c.pending;
        c.pending = null;
        applyAudio(c);
        changed.accept(c);
    }

    /** The far end kept the session as it was (488, 491 twice, a timeout): so do we. */
    void onFailed(CallRecord c, SignallingEvent.ReofferFailed failed) {
        if (c.pending == null) {
            return;
        }
        MediaDirection wish = c.pending;
        c.pending = null;
        applyAudio(c);
        changed.accept(c);
        refused.accept((wish.holds() ? "Hold" : "Resume") + " was refused by the other side ("
                + failed.status() + ")");
    }

    void onReoffered(CallRecord c, SignallingEvent.Reoffered reoffered) {
        boolean remoteHold = reoffered.offer().direction().holds();
        if (remoteHold != c.remoteHold) {
            c.remoteHold = remoteHold;
            applyAudio(c);
            changed.accept(c);
        }
    }

    /** Blind transfer: the far end is asked to call {@code target}; the call ends if it does. */
    void transfer(CallRecord c, String target) {
        if (!(c.state instanceof CallState.Connected)) {
            refused.accept("Only a connected call can be transferred");
            return;
        }
        c.transfer = new CallSnapshot.TransferStatus(target, 0, "", false);
        signalling.refer(c.id, target);
        changed.accept(c);
    }

    /** Attended transfer: the far end of {@code c} replaces our consultation call with its own. */
    void transfer(CallRecord c, CallRecord consultation) {
        if (!(c.state instanceof CallState.Connected) || !(consultation.state instanceof CallState.Connected)) {
            refused.accept("An attended transfer needs both calls connected");
            return;
        }
        c.transfer = new CallSnapshot.TransferStatus(consultation.remote.uri(), 0, "", false);
        c.consultation = consultation.id;
        signalling.referReplacing(c.id, consultation.id);
        changed.accept(c);
    }

    /** @return whether the transfer succeeded, so the phone ends the transferred call */
    boolean onTransferProgressed(CallRecord c, SignallingEvent.TransferProgressed p) {
        if (c.transfer == null || c.transfer.done()) {
            // a report after the final one (a late 202, a repeated NOTIFY) changes nothing
            return false;
        }
        boolean done = !p.accepted() || p.status() >= 200;
        c.transfer = new CallSnapshot.TransferStatus(c.transfer.target(), p.status(), p.reason(), done);
        changed.accept(c);
        if (done && !c.transfer.succeeded()) {
            refused.accept("The transfer to " + c.transfer.target() + " failed (" + p.status() + " " + p.reason()
                    + "); the call is back");
        }
        return c.transfer.succeeded();
    }

    /** Mute what hold and the agent's own switches silence; called whenever either changes. */
    void applyAudio(CallRecord c) {
        if (c.session == null) {
            return;
        }
        boolean weHold = c.wanted.holds() || (c.pending != null && c.pending.holds());
        c.session.setMicrophoneMuted(microphoneMuted.getAsBoolean() || weHold || c.remoteHold);
        c.session.setSpeakerMuted(speakerMuted.getAsBoolean() || weHold);
    }
}
