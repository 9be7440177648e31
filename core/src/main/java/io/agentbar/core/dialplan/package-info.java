/**
 * Dial-plan safety (reliability-security §4.8 #19, #20): every target the phone is about to call
 * (an outgoing INVITE, later a REFER's Refer-To) goes through a {@link io.agentbar.core.dialplan.DialPlan}
 * first, so a hijacked click, a runaway script or a mistyped premium number cannot run up a bill.
 *
 * <pre>
 *  typed ──► user part ──► canonical form ──► allow list? ──yes──────────────────┐
 *            (sip:/tel:     (separators out,        │ no                          │
 *             user only)     00… → +…)              ▼                             ▼
 *                                           blocked prefix? ──yes──► Refused   concurrent cap?
 *                                                   │ no                      ──full──► Refused
 *                                                   ▼                         calls-per-minute?
 *                                           international off and +…? ──► Refused  ──full──► Refused
 *                                                   │ no                           │
 *                                                   └───────────────────────► Allowed (counted)
 * </pre>
 *
 * The rules ({@link io.agentbar.core.dialplan.DialRules}) are values; the plan adds the one piece
 * of state, a sliding one-minute window of allowed dials, read through an injected clock.
 */
package io.agentbar.core.dialplan;
