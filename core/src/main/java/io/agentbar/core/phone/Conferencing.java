package io.agentbar.core.phone;

import io.agentbar.core.call.CallState;
import io.agentbar.core.media.AudioEngine;
import io.agentbar.core.media.Conference;

import java.util.function.Consumer;

/**
 * Local three-way conferences: two connected calls mixed with the agent by the audio engine, split
 * back into two calls, or left by the agent, who transfers one far end to the other (an attended
 * transfer: REFER with the other call's Replaces) and whose two calls then end. Runs on the phone's
 * signalling thread only.
 *
 * <p>Hold and a conference exclude each other: joining resumes a held call (re-INVITE sendrecv),
 * and holding a member (also when another call starts) splits the conference first.
 */
final class Conferencing {
    private final AudioEngine audio;
    private final SessionControl sessions;
    private final Consumer<CallRecord> changed;
    private final Consumer<String> refused;

    Conferencing(AudioEngine audio, SessionControl sessions, Consumer<CallRecord> changed, Consumer<String> refused) {
        this.audio = audio;
        this.sessions = sessions;
        this.changed = changed;
        this.refused = refused;
    }

    void join(CallRecord a, CallRecord b) {
        if (a == b || !talking(a) || !talking(b)) {
            refused.accept("A conference needs two different connected calls");
            return;
        }
        if (a.conferencedWith == b) {
            return;
        }
        split(a);
        split(b);
        Conference mixing;
        try {
            mixing = audio.conference(a.session, b.session);
        } catch (RuntimeException e) {
            refused.accept("The calls could not be joined: " + e.getMessage());
            return;
        }
        for (CallRecord c : new CallRecord[] {a, b}) {
            if (c.wanted.holds() || (c.pending != null && c.pending.holds())) {
                sessions.resume(c); // unmutes at once; the far end hears the conference while it agrees
            }
        }
        a.conference = mixing;
        b.conference = mixing;
        a.conferencedWith = b;
        b.conferencedWith = a;
        changed.accept(a);
        changed.accept(b);
    }

    /** Ends the conference {@code c} is in, if any: both calls stay, each talking to the agent alone. */
    void split(CallRecord c) {
        CallRecord other = c.conferencedWith;
        if (other == null) {
            return;
        }
        c.conference.split();
        c.conference = null;
        other.conference = null;
        c.conferencedWith = null;
        other.conferencedWith = null;
        if (!c.state.isEnded()) {
            changed.accept(c); // an ended call is published once, by the phone
        }
        changed.accept(other);
    }

    /** The agent drops out: the far end of {@code c} is transferred to the other member's far end. */
    void leave(CallRecord c) {
        if (c.conferencedWith == null) {
            refused.accept("The call is not in a conference");
            return;
        }
        sessions.transfer(c, c.conferencedWith);
    }

    static boolean together(CallRecord a, CallRecord b) {
        return a != null && b != null && a.conferencedWith == b;
    }

    private static boolean talking(CallRecord c) {
        return c.state instanceof CallState.Connected && c.session != null;
    }
}
