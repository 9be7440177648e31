/**
 * The dialpad, shown and hidden from the bar. Before a call its keys type into the number field;
 * during a call they send DTMF to the call the agent talks on, and the phone plays the agent the
 * key tone ({@code Phone.sendDtmf}). {@link io.agentbar.ui.dialpad.DialpadViewModel} decides,
 * {@link io.agentbar.ui.dialpad.DialpadView} binds, {@code dialpad.css} styles from theme tokens.
 */
package io.agentbar.ui.dialpad;
