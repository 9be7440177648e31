/**
 * The agent's state for the contact center: ready, paused with a reason, or back to ready on some
 * channels only (partial pause). The UI shows it and its timers; the phone publishes it to the
 * server (SIP presence, feature codes) and refuses queue calls while paused on voice.
 *
 * <pre>
 *                 Pause(r)                          Ready(some)
 *   Ready ----------------------> Paused(r, since) -------------> PartiallyPaused(r, since, ready)
 *     |  ^                         |  ^     ^                         |  |  ^
 *     |  |        Ready(all)       |  |     |  Pause(r, all)          |  |  | Ready(more): ready grows
 *     |  +-------------------------+  |     +-------------------------+  |  | Pause(r, some): shrinks
 *     |  +----------------------------|-- Ready(the rest) ---------------+  +--+
 *     |   Pause(r, some channels)     |
 *     +-------------------------------|------------------------------------> PartiallyPaused
 *                                     +-- Pause(r2): Paused(r2, now), the timer restarts
 *
 *   Ready + Ready(...)                     stays (no-op)
 *   Paused(r) + Pause(r)                   stays (the timer keeps running)
 *   Partially + Pause(r2, ...)             the new reason for every paused channel, since = now
 *   any partial result, partial pause off  refused
 *   Pause(reason not configured), a channel not enabled: refused
 * </pre>
 *
 * {@link io.agentbar.core.agent.AgentTransitions} is the one pure function of the machine. The
 * phone keeps the state with the instant the account registered ({@link
 * io.agentbar.core.agent.AgentStatus#connectedSince()}); the UI computes both timers from these
 * instants, nothing here ticks.
 */
package io.agentbar.core.agent;
