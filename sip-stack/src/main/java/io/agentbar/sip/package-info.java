/**
 * The SIP adapter: {@link io.agentbar.sip.JainSipSignalling} implements core's
 * {@link io.agentbar.core.signalling.Signalling} over the JAIN-SIP RI; {@code javax.sip.*} stays
 * inside this package.
 *
 * <pre>
 *  Phone ──commands──► JainSipSignalling ──enqueue──┐
 *  JAIN-SIP threads ──► ListenerBridge ───enqueue──┤   one "sip-signalling" thread
 *                                                  ▼
 *                                             UserAgent ── Registration (REGISTER, Authenticator)
 *                                                 │    ├── OutboundCall ┐ CallLeg: BYE, re-INVITE
 *                                                 │    ├── InboundCall  ┘
 *                                                 │    ├── IncomingRequests (new INVITE, OPTIONS, 405/501)
 *                                                 │    │     └── CallScreening (ghost calls: 403/404)
 *                                                 │    └── LocationService (test-line registrar)
 *                                                 ▼
 *                                        SignallingEvents ──► Phone's own thread
 * </pre>
 *
 * Digest lives in {@code io.agentbar.sip.auth}, SDP in {@code io.agentbar.sip.sdp}, RTP sockets in
 * {@code io.agentbar.sip.media}, JAIN-SIP logging in {@code io.agentbar.sip.log}.
 */
package io.agentbar.sip;
