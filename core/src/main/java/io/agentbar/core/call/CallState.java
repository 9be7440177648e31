package io.agentbar.core.call;

import java.time.Instant;

/** Signalling state of a call. Each state carries only what it needs. */
public sealed interface CallState {
    /** Outgoing INVITE sent, no answer yet. */
    record Dialing() implements CallState {
    }

    /** The callee is ringing (180) or sends early media (183). */
    record Alerting(boolean earlyMedia) implements CallState {
    }

    /** An incoming call waits for the agent. */
    record Ringing() implements CallState {
    }

    record Connected(Instant since) implements CallState {
    }

    /**
     * We asked to end it (CANCEL or BYE sent) and wait for the far end.
     *
     * @param reason what the call will have ended by: our hang-up, or media that could not be set up
     */
    record Ending(EndReason reason) implements CallState {
        public Ending() {
            this(EndReason.LOCAL_HANGUP);
        }
    }

    /**
     * @param status the SIP status that ended it, 0 when none applies (a BYE)
     */
    record Ended(EndReason reason, int status) implements CallState {
    }

    default boolean isEnded() {
        return this instanceof Ended;
    }
}
