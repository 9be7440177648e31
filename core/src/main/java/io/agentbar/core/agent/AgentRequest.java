package io.agentbar.core.agent;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the agent asked for: the inputs of the agent-state machine. */
public sealed interface AgentRequest {
    /**
     * Pause on {@code channels} (empty: every channel), now, for {@code reason}. Channels already
     * paused stay paused; the agent has one reason at a time, so the new one applies to all.
     */
    record Pause(PauseReason reason, Instant at, Set<Channel> channels) implements AgentRequest {
        public Pause {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
            channels = channels == null || channels.isEmpty() ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        }

        /** A pause on every channel. */
        public Pause(PauseReason reason, Instant at) {
            this(reason, at, Set.of());
        }
    }

    /** Back to ready on {@code channels}; empty means on every channel. */
    record Ready(Set<Channel> channels) implements AgentRequest {
        public Ready {
            channels = channels == null || channels.isEmpty() ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        }

        public static Ready everywhere() {
            return new Ready(Set.of());
        }
    }
}
