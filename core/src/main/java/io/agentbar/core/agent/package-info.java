/**
 * The agent's state for the contact center: ready, paused with a reason, or back to ready on some
 * channels only (partial pause). The UI shows it and its timers; the phone publishes it to the
 * server (SIP presence, feature codes) and refuses queue calls while paused on voice.
 *
 * <pre>
 *            Pause(r)                        Ready(some channels)
 *   Ready ------------> Paused(r, since) ----------------------> PartiallyPaused(r, since, ready)
 *     ^  ^               |   ^   | Pause(r2): Paused(r2, now)      |   |  ^  Ready(more): union
 *     |  |  Ready(all)   |   |   +-- Pause(r): stays              |   |  +--+
 *     |  +---------------+   +--- Pause(any): Paused(...) --------+   |
 *     +-------------------- Ready(all, or the rest) -----------------+
 *
 *   Ready + Ready(...)           stays (no-op)
 *   Paused/Partially + Ready(some) with partial pause off: refused
 *   any + Pause(reason not configured) or Ready(channel not enabled): refused
 * </pre>
 *
 * {@link io.agentbar.core.agent.AgentTransitions} is the one pure function of the machine. The
 * phone keeps the state with the instant the account registered ({@link
 * io.agentbar.core.agent.AgentStatus#connectedSince()}); the UI computes both timers from these
 * instants, nothing here ticks.
 */
package io.agentbar.core.agent;
