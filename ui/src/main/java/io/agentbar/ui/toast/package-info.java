/**
 * Passing messages: {@link io.agentbar.ui.toast.ToastsViewModel} (a queue of at most three that fade
 * on the clock tick, in the settings' corner) shown by {@link io.agentbar.ui.toast.ToastStack} inside
 * the bar window, and {@link io.agentbar.ui.toast.RingingToast}, the always-on-top window with
 * Answer/Reject for a call ringing while the bar is in the background.
 */
package io.agentbar.ui.toast;
