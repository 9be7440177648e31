/**
 * The signalling port. Adapters (JAIN-SIP) implement {@link io.agentbar.core.signalling.Signalling};
 * what happens on the network comes back as {@link io.agentbar.core.signalling.SignallingEvent}s,
 * which the adapter only enqueues: the phone's signalling thread owns every state.
 */
package io.agentbar.core.signalling;
