package io.agentbar.core.history;

import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.phone.CallSnapshot;

/**
 * How a call turned out, as a history list shows it. Coarser than {@link EndReason}, which the entry
 * keeps as well: the list needs "missed" and "busy", not every SIP failure.
 */
public enum Outcome {
    /** Both sides talked. */
    ANSWERED,
    /** Answered, then handed to someone else by our transfer. */
    TRANSFERRED,
    /** An incoming call nobody answered. */
    MISSED,
    /** Refused before it was answered: by the agent (incoming) or by the far end (outgoing, 603). */
    REJECTED,
    /** The agent sent a ringing call elsewhere. */
    FORWARDED,
    /** The agent gave up on an outgoing call before it was answered. */
    CANCELLED,
    BUSY,
    /** It never connected: not found, unreachable, refused by the dial plan, no common codec, no audio path… */
    FAILED;

    /** The outcome of a call that has ended; {@link IllegalArgumentException} for one still going on. */
    public static Outcome of(CallSnapshot call) {
        if (!(call.state() instanceof CallState.Ended ended)) {
            throw new IllegalArgumentException("call " + call.id() + " has not ended: " + call.state());
        }
        EndReason reason = ended.reason();
        if (reason == EndReason.MEDIA_FAILED) {
            return FAILED; // signalling connected, but nobody could hear anybody
        }
        if (call.connectedAt().isPresent()) {
            return call.transfer().filter(CallSnapshot.TransferStatus::succeeded).isPresent() ? TRANSFERRED : ANSWERED;
        }
        boolean incoming = call.direction() == Direction.INCOMING;
        return switch (reason) {
            case MISSED -> MISSED;
            case REJECTED, DECLINED -> REJECTED;
            case FORWARDED -> FORWARDED;
            case BUSY -> BUSY;
            // a call that ended unanswered by a hang-up: the caller's side gave up
            case CANCELLED, LOCAL_HANGUP, REMOTE_HANGUP -> incoming ? MISSED : CANCELLED;
            case NOT_FOUND, UNREACHABLE, INCOMPATIBLE_MEDIA, MEDIA_FAILED, INVALID_TARGET, BLOCKED, UNAUTHORIZED,
                 FAILED -> FAILED;
        };
    }
}
