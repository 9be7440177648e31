package io.agentbar.core.history;

import io.agentbar.core.call.Direction;

import java.time.Instant;
import java.util.Objects;

/**
 * One number the agent has called or been called by, for the number field's drop-down.
 *
 * @param name      the most recent non-empty display name seen with this number; may be empty
 * @param lastCall  when the most recent call with this number started
 * @param direction and how that call went
 */
public record Suggestion(String number, String name, Instant lastCall, Direction direction, Outcome outcome) {
    public Suggestion {
        Objects.requireNonNull(number, "number");
        name = name == null ? "" : name;
        Objects.requireNonNull(lastCall, "lastCall");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
    }
}
