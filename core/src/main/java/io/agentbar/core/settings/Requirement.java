package io.agentbar.core.settings;

/** What the machine needs for the bar to work, in the order the agent reads them. */
public enum Requirement {
    /** At least one speaker and one microphone. */
    DEVICES,
    /** The PBX answers on its address and transport. */
    SERVER,
    /** The account is registered, so queue calls can reach the agent. */
    REGISTRATION,
    /** The audio codecs the PBX offers can run here. */
    CODEC
}
