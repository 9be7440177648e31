/**
 * The agent's pause/ready control on the bar: one button (reasons from the settings while ready,
 * back to ready while paused), the partial-ready arrow with the agent's channels, and the two timers
 * (connected for, paused for with the reason). {@link io.agentbar.ui.agent.AgentViewModel} learns the
 * state from core {@code AgentEvent}s through the FX bridge and ticks with the bar's clock.
 *
 * <pre>
 *   [ ⏸ Pause ] 1:12:05          ready:   click → "Pause for  (Break) (Lunch) …"  → pause(reason)
 *   [ ▶ Ready |▾] 1:24:39        paused:  click → ready();  ▾ → "Back to ready on ☐Voice ☑Chat …" → ready(chosen)
 *                Lunch 12:34
 * </pre>
 */
package io.agentbar.ui.agent;
