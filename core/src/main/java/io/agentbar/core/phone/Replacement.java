package io.agentbar.core.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.signalling.SignallingEvent;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * An incoming call that replaces one of ours (RFC 3891 §3): the transferee of an attended
 * transfer taking over our consultation call, or a pickup of a call we are still dialling. The
 * agent is already in that conversation, so the new call is answered at once, never rung, and the
 * call it replaces is hung up (BYE, or CANCEL while it still rings out). Signalling has matched
 * the dialog; this checks that the call is still there to hand over when the event is handled.
 * Runs on the phone's signalling thread only.
 */
final class Replacement {
    private final Map<CallId, CallRecord> calls;
    private final Consumer<CallId> hangUp;
    private final Consumer<CallId> answer;

    Replacement(Map<CallId, CallRecord> calls, Consumer<CallId> hangUp, Consumer<CallId> answer) {
        this.calls = calls;
        this.hangUp = hangUp;
        this.answer = answer;
    }

    /**
     * Why {@code in} must be refused before anything else happens: 481 when the call it names is
     * gone or is one ringing in (an early dialog we did not start), 603 when it is already ending
     * (a terminated dialog). Empty for an ordinary call or one we can hand over.
     */
    OptionalInt refusal(SignallingEvent.IncomingCall in) {
        if (in.replaces().isEmpty()) {
            return OptionalInt.empty();
        }
        CallRecord replaced = calls.get(in.replaces().get());
        if (replaced == null || replaced.state instanceof CallState.Ringing) {
            return OptionalInt.of(481);
        }
        if (replaced.state.isEnded() || replaced.state instanceof CallState.Ending) {
            return OptionalInt.of(603);
        }
        return OptionalInt.empty();
    }

    /**
     * Hands the replaced call's place to {@code in}, already registered as a ringing call.
     * The old call goes first so its audio is released before the new one opens the devices.
     *
     * @return whether {@code in} was a replacement (answered now) rather than a call to ring
     */
    boolean takeOver(SignallingEvent.IncomingCall in) {
        if (in.replaces().isEmpty() || refusal(in).isPresent()) {
            return false;
        }
        hangUp.accept(in.replaces().get());
        answer.accept(in.call());
        return true;
    }
}
