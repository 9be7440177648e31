/**
 * The bar itself, one compact row (920 x 56 by default, the width is the agent's):
 *
 * <pre>
 *  [● 1001] | [⏸ Pause][▾] 1:12:05 | [speaker] [mic] [ number or name ..... ] [dialpad] [call] [end] [Auto] [⚙] [⋮]
 *  pause reasons / "ready on" channels (io.agentbar.ui.agent, only while asked)
 *  dialpad row (io.agentbar.ui.dialpad, only while shown)
 *  registration alert / input hint (only when there is something to say)
 *  toasts in a top corner (io.agentbar.ui.toast)
 *  incoming call panels, then one panel per call (package io.agentbar.ui.call)
 *  toasts in a bottom corner
 * </pre>
 *
 * {@link io.agentbar.ui.bar.BarViewModel} holds the state and commands, {@link io.agentbar.ui.bar.BarView}
 * binds to it, {@code bar.css} styles it from theme tokens. The number field's filter is
 * {@link io.agentbar.ui.bar.DialInput}; the registration light's words are
 * {@link io.agentbar.ui.bar.RegistrationStatus}. The buttons are built in {@code BarButtons}, the settings
 * button and menu in {@code BarMenu} over {@link io.agentbar.ui.bar.BarMenuViewModel}.
 */
package io.agentbar.ui.bar;
