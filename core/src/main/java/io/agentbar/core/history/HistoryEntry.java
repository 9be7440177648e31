package io.agentbar.core.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.phone.CallSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One finished call as the history keeps it.
 *
 * @param number   what to dial to reach the far end again: the user part of its URI ("1001")
 * @param uri      the far end's full SIP URI, for a number that lives in another domain
 * @param name     the far end's display name; may be empty
 * @param answered when the call connected; empty when it never did
 * @param duration talk time: from answer to end, zero when unanswered
 * @param status   the SIP status that ended it, 0 when none applies
 */
public record HistoryEntry(CallId callId, Direction direction, String number, String uri, String name,
                           Instant started, Optional<Instant> answered, Instant ended, Duration duration,
                           EndReason reason, int status, Outcome outcome) {
    public HistoryEntry {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(number, "number");
        uri = uri == null ? "" : uri;
        name = name == null ? "" : name;
        Objects.requireNonNull(started, "started");
        answered = answered == null ? Optional.empty() : answered;
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The history entry for a call that has just ended, or empty while it goes on.
     *
     * @param endedAt when the phone reported the end (snapshots carry no end time of their own)
     */
    public static Optional<HistoryEntry> fromEnded(CallSnapshot call, Instant endedAt) {
        if (!(call.state() instanceof CallState.Ended ended)) {
            return Optional.empty();
        }
        // a clock stepped back must not give a call a negative length
        Instant end = endedAt.isBefore(call.createdAt()) ? call.createdAt() : endedAt;
        Duration talk = call.connectedAt().map(at -> Duration.between(at, end)).filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
        return Optional.of(new HistoryEntry(call.id(), call.direction(), call.remote().user(), call.remote().uri(),
                call.remote().displayName(), call.createdAt(), call.connectedAt(), end, talk, ended.reason(),
                ended.status(), Outcome.of(call)));
    }

    /** The name when known, else the number. */
    public String label() {
        return name.isBlank() ? number : name;
    }
}
