package io.agentbar.app.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.history.HistoryEntry;
import io.agentbar.core.history.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** History entries for tests; times are whole seconds because the store keeps milliseconds. */
final class HistoryEntries {
    static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    private HistoryEntries() {
    }

    /** An answered outgoing call started {@code minutes} after {@link #T0}, one minute long. */
    static HistoryEntry entry(String id, String number, String name, int minutes) {
        Instant start = T0.plus(Duration.ofMinutes(minutes));
        return new HistoryEntry(new CallId(id), Direction.OUTGOING, number, "sip:" + number + "@pbx.example.com", name,
                start, Optional.of(start.plusSeconds(5)), start.plusSeconds(65), Duration.ofSeconds(60),
                EndReason.LOCAL_HANGUP, 0, Outcome.ANSWERED);
    }

    static HistoryEntry missed(String id, String number, String name, int minutes) {
        Instant start = T0.plus(Duration.ofMinutes(minutes));
        return new HistoryEntry(new CallId(id), Direction.INCOMING, number, "sip:" + number + "@pbx.example.com", name,
                start, Optional.empty(), start.plusSeconds(20), Duration.ZERO, EndReason.MISSED, 487, Outcome.MISSED);
    }
}
