package io.agentbar.ui.bar;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** History entries for the drop-down tests. */
public final class HistoryCalls {
    private HistoryCalls() {
    }

    /** A one-minute call started at {@code start}; answered when the outcome says so. */
    public static HistoryEntry call(String id, String number, String name, Instant start, Direction direction, Outcome outcome) {
        boolean answered = outcome == Outcome.ANSWERED;
        return new HistoryEntry(new CallId(id), direction, number, "sip:" + number + "@pbx", name, start,
                answered ? Optional.of(start.plusSeconds(3)) : Optional.empty(), start.plusSeconds(60),
                answered ? Duration.ofSeconds(57) : Duration.ZERO,
                answered ? EndReason.REMOTE_HANGUP : EndReason.MISSED, 0, outcome);
    }
}
