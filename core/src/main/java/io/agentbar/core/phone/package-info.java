/**
 * The {@link io.agentbar.core.phone.Phone} facade: the one object the UI and the headless commands
 * talk to. Commands enqueue on the signalling thread and return at once; outcomes are published as
 * {@link io.agentbar.core.phone.PhoneEvent}s carrying immutable snapshots.
 *
 * <pre>
 *  UI / CLI --command--> [signalling thread: Registration, calls] --PhoneEvent--> listeners
 *  Signalling adapter --SignallingEvent--^        |
 *  AudioEngine --MediaEvent----------------------^  +--> AudioEngine.start / MediaSession.close
 * </pre>
 */
package io.agentbar.core.phone;
