package io.agentbar.core.agent;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Whether the agent takes interactions (diagram in package-info). */
public sealed interface AgentState {
    /** Taking interactions on every enabled channel. */
    record Ready() implements AgentState {
        @Override
        public boolean pausedOn(Channel channel) {
            return false;
        }
    }

    /** Paused on every channel since {@code since}, for {@code reason}. */
    record Paused(PauseReason reason, Instant since) implements AgentState {
        public Paused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public boolean pausedOn(Channel channel) {
            return true;
        }
    }

    /**
     * Back to ready on {@code ready} only, still paused (same reason, same start) on the other
     * enabled channels. Never empty and never all enabled channels: those are Paused and Ready.
     */
    record PartiallyPaused(PauseReason reason, Instant since, Set<Channel> ready) implements AgentState {
        public PartiallyPaused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
            if (ready == null || ready.isEmpty()) {
                throw new IllegalArgumentException("a partial pause is ready on at least one channel");
            }
            ready = Collections.unmodifiableSet(EnumSet.copyOf(ready)); // enum order: stable for the UI and the API
        }

        @Override
        public boolean pausedOn(Channel channel) {
            return !ready.contains(channel);
        }
    }

    /** Whether interactions on {@code channel} must not reach the agent now. */
    boolean pausedOn(Channel channel);

    /** Ready on no channel or only some: the agent is on a pause the timer shows. */
    default boolean paused() {
        return !(this instanceof Ready);
    }
}
