package io.agentbar.core.agent;

import io.agentbar.core.call.Party;

/**
 * What the phone publishes about the agent, in the past tense. Listeners get these next to the
 * {@link io.agentbar.core.phone.PhoneEvent}s, on the same signalling thread, and must only hand them over.
 */
public sealed interface AgentEvent {
    /** The state, the connection instant, the settings or the presence publication changed. */
    record StatusChanged(AgentStatus status) implements AgentEvent {
    }

    /**
     * A queue call arrived while the agent was paused on voice and was refused with {@code status};
     * the agent was never rung.
     */
    record CallRefused(Party from, int status, AgentState state) implements AgentEvent {
    }
}
