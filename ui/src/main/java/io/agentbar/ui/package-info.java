/**
 * AgentBar's JavaFX user interface. {@link io.agentbar.ui.BarScene} is the entry point the app
 * calls; everything else is one MVVM trio per feature.
 *
 * <pre>
 *  Phone (core) --PhoneEvent--> FxBridge --FX thread--> BarViewModel --> CallPanelViewModel / IncomingCallViewModel
 *       ^                                                   |                     (bound by BarView and friends)
 *       '------------------- PhoneControls (commands) <-----'
 * </pre>
 *
 * View models never touch the scene graph and change only on the FX thread, so they are tested
 * without a toolkit by feeding them events through a direct bridge.
 */
package io.agentbar.ui;
