/**
 * One panel per call below the bar, and the panel that asks the agent to answer a ringing call.
 * {@link io.agentbar.ui.call.CallList} turns the phone's {@link io.agentbar.core.phone.CallSnapshot}s
 * into view models:
 *
 * <pre>
 *  INCOMING + Ringing ----------------------> IncomingCallViewModel   (answer / reject / forward, auto-answer countdown)
 *      | answered (Connected)                      | rejected or missed: removed, no panel
 *      v                                           v
 *  any other state ------------------------> CallPanelViewModel #n  (state, timer, media, hang up, hold,
 *                                                  |   transfer, conference, record)
 *                                                  | Ended: stays for a few seconds so the agent
 *                                                  v        reads why ("Ended — busy"), then goes
 * </pre>
 *
 * A panel's buttons follow {@link io.agentbar.ui.call.CallActions}, a pure table from the call's
 * snapshot (hold, transfer status, conference) to hidden / disabled / enabled. The transfer and
 * forward questions are {@link io.agentbar.ui.call.TargetPromptViewModel}s; recordings are
 * {@link io.agentbar.ui.call.RecordingsViewModel}. {@link io.agentbar.ui.call.CallList} tells each
 * panel about the others after every change, for conference partners and attended-transfer targets.
 * Views: {@code CallPanelView} = {@code CallActionBar} + {@code RecordingBadge} + {@code TargetPromptView}
 * + {@code RecordingsView}; {@code IncomingCallView}; keyboard shortcuts in {@code Shortcuts}.
 */
package io.agentbar.ui.call;
