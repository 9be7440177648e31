package io.agentbar.ui.agent;

/** How the pause/ready control looks: before the phone said, ready, paused, or ready on some channels. */
public enum AgentLook {
    UNKNOWN, READY, PAUSED, PARTIAL
}
