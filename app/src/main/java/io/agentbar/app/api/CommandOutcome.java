package io.agentbar.app.api;

import io.agentbar.core.call.CallId;

import java.util.List;

/**
 * What became of a command sent through the API. Commands only enqueue on the phone, so
 * {@link Accepted} means "on its way"; how it ends is told by the event stream.
 */
public sealed interface CommandOutcome {
    /** Enqueued; {@code calls} are the calls it acts on (the new call for originate). HTTP 200. */
    record Accepted(List<CallId> calls) implements CommandOutcome {
        public Accepted {
            calls = List.copyOf(calls);
        }
    }

    /** The call named does not exist (or has ended). HTTP 404. */
    record NoSuchCall(CallId call) implements CommandOutcome {
    }

    /** The phone is not in a state where this makes sense, e.g. answer with nothing ringing. HTTP 409. */
    record Refused(String reason) implements CommandOutcome {
    }

    /** An argument the phone could never act on, e.g. a number that cannot be dialled. HTTP 400. */
    record Invalid(String reason) implements CommandOutcome {
    }

    /** The phone cannot do this yet. HTTP 501. */
    record NotSupported(String command) implements CommandOutcome {
    }

    static CommandOutcome accepted(CallId... calls) {
        return new Accepted(List.of(calls));
    }
}
