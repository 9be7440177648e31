package io.agentbar.core.alert;

import io.agentbar.core.call.Direction;
import io.agentbar.core.call.CallState;
import io.agentbar.core.phone.CallSnapshot;

import java.util.Collection;

/** The one alert the agent hears at a time; each adapter pattern is described beside its value. */
public enum AlertSignal {
    /** Nothing rings. */
    SILENCE,
    /** A call rings and the agent is free: the full ringtone. */
    RING,
    /** A call rings while the agent talks on another: a soft short tone, so the caller is not drowned out. */
    CALL_WAITING,
    /** A call will be answered by itself: one short beep a second until it is (or the agent cancels). */
    AUTO_ANSWER_BEEPS;

    /**
     * The signal for these calls. The auto-answer beeps sound even with the ringtone switched
     * off: they warn that a microphone is about to open on a customer, which the agent must not miss.
     */
    public static AlertSignal choose(Collection<CallSnapshot> calls, boolean ringtoneEnabled) {
        boolean ringing = false;
        boolean talking = false;
        for (CallSnapshot c : calls) {
            if (c.direction() == Direction.INCOMING && c.state() instanceof CallState.Ringing) {
                if (c.autoAnswerAt().isPresent()) {
                    return AUTO_ANSWER_BEEPS;
                }
                ringing = true;
            } else if (c.state() instanceof CallState.Connected) {
                talking = true;
            }
        }
        if (!ringing || !ringtoneEnabled) {
            return SILENCE;
        }
        return talking ? CALL_WAITING : RING;
    }
}
