/**
 * What the agent hears while nobody talks: the ringtone, the call-waiting tone and the beeps
 * that count down an automatic answer. The phone chooses one {@link io.agentbar.core.alert.AlertSignal}
 * from its calls ({@link io.agentbar.core.alert.AlertSignal#choose}); a {@link io.agentbar.core.alert.Ringer}
 * adapter turns it into sound on the ringtone device.
 */
package io.agentbar.core.alert;
