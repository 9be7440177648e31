/**
 * The bar itself, one compact row (about 720 x 56):
 *
 * <pre>
 *  [● 1001] | [speaker] [mic] [ number or name ............ ] [dialpad] [call] [end]
 *  dialpad row (io.agentbar.ui.dialpad, only while shown)
 *  hint / notice line (only when there is something to say)
 *  incoming call panels, then one panel per call (package io.agentbar.ui.call)
 * </pre>
 *
 * {@link io.agentbar.ui.bar.BarViewModel} holds the state and commands, {@link io.agentbar.ui.bar.BarView}
 * binds to it, {@code bar.css} styles it from theme tokens. The number field's filter is
 * {@link io.agentbar.ui.bar.DialInput}; the registration light's words are
 * {@link io.agentbar.ui.bar.RegistrationStatus}.
 */
package io.agentbar.ui.bar;
