package io.agentbar.core.history;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** History entries for tests, started {@code minutes} after a fixed instant. */
final class Entries {
    static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    private Entries() {
    }

    static HistoryEntry entry(String id, String number, String name, int minutes) {
        Instant start = T0.plus(Duration.ofMinutes(minutes));
        return new HistoryEntry(new CallId(id), Direction.OUTGOING, number, "sip:" + number + "@pbx", name, start,
                Optional.of(start.plusSeconds(5)), start.plusSeconds(65), Duration.ofSeconds(60),
                EndReason.LOCAL_HANGUP, 0, Outcome.ANSWERED);
    }
}
