/**
 * One panel per call below the bar, and the panel that asks the agent to answer a ringing call.
 * {@link io.agentbar.ui.call.CallList} turns the phone's {@link io.agentbar.core.phone.CallSnapshot}s
 * into view models:
 *
 * <pre>
 *  INCOMING + Ringing ----------------------> IncomingCallViewModel   (answer / reject)
 *      | answered (Connected)                      | rejected or missed: removed, no panel
 *      v                                           v
 *  any other state ------------------------> CallPanelViewModel #n  (state, timer, media, hang up)
 *                                                  | Ended: stays for a few seconds so the agent
 *                                                  v        reads why ("Ended — busy"), then goes
 * </pre>
 */
package io.agentbar.ui.call;
