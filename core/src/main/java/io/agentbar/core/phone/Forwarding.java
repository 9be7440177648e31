package io.agentbar.core.phone;

import io.agentbar.core.call.CallState;
import io.agentbar.core.dialplan.DialDecision;
import io.agentbar.core.dialplan.DialPlan;
import io.agentbar.core.signalling.Signalling;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Sends a call elsewhere. A ringing call is redirected (302 with the target as Contact): the
 * caller's side places the new call, ours never carries it. Once answered, a redirect is no longer
 * possible (RFC 3261 allows 3xx only as the final answer to the INVITE), so the call is
 * transferred blind (REFER): the fallback for PBXs that refuse to follow a 302 is to answer and
 * forward again. Runs on the phone's loop thread only.
 */
final class Forwarding {
    private static final Logger LOG = Logger.getLogger(Forwarding.class.getName());

    private final Signalling signalling;
    private final DialPlan dialPlan;
    private final SessionControl sessions;
    private final Consumer<String> refused;
    private final Consumer<CallRecord> forwarded;

    /** @param forwarded ends a call the 302 was sent for */
    Forwarding(Signalling signalling, DialPlan dialPlan, SessionControl sessions, Consumer<String> refused,
               Consumer<CallRecord> forwarded) {
        this.signalling = signalling;
        this.dialPlan = dialPlan;
        this.sessions = sessions;
        this.refused = refused;
        this.forwarded = forwarded;
    }

    void forward(CallRecord call, String typed) {
        if (!(call.state instanceof CallState.Ringing) && !(call.state instanceof CallState.Connected)) {
            refused.accept("Only a ringing or connected call can be forwarded");
            return;
        }
        Optional<String> target = allowed(typed);
        if (target.isEmpty()) {
            return;
        }
        if (call.state instanceof CallState.Ringing) {
            signalling.forward(call.id, target.get());
            forwarded.accept(call);
        } else {
            sessions.transfer(call, target.get());
        }
    }

    /**
     * The typed target if it may be dialled. Only the dial plan's prefix rules apply: a forward
     * starts no call of ours, so the caps on our own calls do not, but a redirect to a premium
     * number is toll fraud all the same (the PBX places the call on our account's behalf).
     */
    private Optional<String> allowed(String typed) {
        Optional<String> target = DialTarget.normalise(typed);
        if (target.isEmpty()) {
            refused.accept("'" + (typed == null ? "" : typed.strip()) + "' is not a number or SIP address");
            return Optional.empty();
        }
        if (DialPlan.evaluate(dialPlan.rules(), target.get()) instanceof DialDecision.Refused r) {
            LOG.info(() -> "forward refused by the dial plan (" + r.reason() + ")");
            refused.accept(r.message());
            return Optional.empty();
        }
        return target;
    }
}
