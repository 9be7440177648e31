/**
 * The signalling state of one call, as a sealed type with a pure transition function.
 *
 * <pre>
 *  outgoing:  Dialing --Progressed--> Alerting --RemoteAnswered--> Connected
 *  incoming:  Ringing --LocalAnswered--> Connected
 *  Dialing/Alerting --HangUpRequested--> Ending --HangUpCompleted--> Ended(CANCELLED)
 *  Connected --HangUpRequested--> Ending --HangUpCompleted--> Ended(LOCAL_HANGUP)
 *  Connected/Ending --RemoteHungUp--> Ended(REMOTE_HANGUP)
 *  Ringing --LocalRejected--> Ended(REJECTED)      Ringing --RemoteCancelled--> Ended(MISSED)
 *  Ringing --LocalForwarded--> Ended(FORWARDED, 302)
 *  Dialing/Alerting/Ending --Failed(code)--> Ended(EndReason.forStatus(code))
 * </pre>
 *
 * Media state is a separate machine ({@link io.agentbar.core.media.MediaState}).
 */
package io.agentbar.core.call;
