package io.agentbar.core.call;

import java.time.Instant;

/** Inputs of the call machine, in the past tense. */
public sealed interface CallEvent {
    /** A provisional response (180/183) arrived. */
    record Progressed(int status) implements CallEvent {
    }

    record RemoteAnswered(Instant at) implements CallEvent {
    }

    record LocalAnswered(Instant at) implements CallEvent {
    }

    record HangUpRequested() implements CallEvent {
    }

    /** Our BYE or CANCEL completed. */
    record HangUpCompleted(int status) implements CallEvent {
    }

    record RemoteHungUp() implements CallEvent {
    }

    record RemoteCancelled() implements CallEvent {
    }

    record LocalRejected(int status) implements CallEvent {
    }

    /** The agent redirected a ringing call elsewhere (302 Moved Temporarily). */
    record LocalForwarded() implements CallEvent {
    }

    /** The far end or the network refused the call (a final non-2xx, a timeout). */
    record Failed(int status) implements CallEvent {
    }

    /** Media could not be agreed or started; the call is torn down. */
    record MediaFailed() implements CallEvent {
    }
}
