package io.agentbar.ui.bar;

/** The colour of the registration light: what the agent needs at a glance, can I take calls? */
public enum RegistrationLight {
    /** Registered: calls reach this bar. */
    GREEN,
    /** A REGISTER is under way. */
    AMBER,
    /** Not registered, signing out, or failed: calls do not reach this bar. */
    RED
}
