package io.agentbar.core.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the bar shows about the agent, as one immutable snapshot: the state with its pause
 * start, when the agent connected (the first timer), the settings the pause picker offers, and
 * how the server learns of it.
 *
 * @param connectedSince when the account last became registered after not being registered (a
 *                       refresh keeps it); empty while not registered
 */
public record AgentStatus(AgentState state, Optional<Instant> connectedSince, AgentSettings settings,
                          Presence presence) {
    /** How the state reaches the server as SIP presence. */
    public enum Presence {
        /** Not published: switched off in the settings, or the account is not registered yet. */
        OFF,
        /** A PUBLISH is on its way. */
        PENDING,
        /** The server holds our latest state. */
        PUBLISHED,
        /** The server answered that it takes no presence (489, 405, 501): not tried again this session. */
        UNSUPPORTED,
        /** The last PUBLISH failed (timeout, 403...); the next state change tries again. */
        FAILED
    }

    public AgentStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(connectedSince, "connectedSince");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(presence, "presence");
    }
}
