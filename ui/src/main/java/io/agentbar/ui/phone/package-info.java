/**
 * How the UI reaches the phone: {@link io.agentbar.ui.phone.PhoneControls} for commands,
 * {@link io.agentbar.ui.phone.PhoneEvents} for what happened, and
 * {@link io.agentbar.ui.phone.FxBridge}, the one place where events hop onto the FX thread.
 * The UI depends on these small interfaces rather than on the final {@code Phone}, so tests
 * drive the real views with a scripted fake.
 */
package io.agentbar.ui.phone;
