package io.agentbar.ui.call;

/**
 * Whether a call panel button is there and usable. A command the call cannot take in its state is
 * {@link #DISABLED} (it will be, soon); one that makes no sense for this call is {@link #HIDDEN},
 * so the agent never meets a dead button.
 */
public enum Availability {
    HIDDEN,
    DISABLED,
    ENABLED;

    public boolean visible() {
        return this != HIDDEN;
    }

    public boolean enabled() {
        return this == ENABLED;
    }

    static Availability of(boolean visible, boolean enabled) {
        return !visible ? HIDDEN : enabled ? ENABLED : DISABLED;
    }
}
