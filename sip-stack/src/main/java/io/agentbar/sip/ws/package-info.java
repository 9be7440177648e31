/**
 * SIP over WebSocket (RFC 7118), WS and WSS, as a JAIN-SIP transport like UDP or TCP: requests,
 * responses, transactions and dialogs go through the RI unchanged.
 *
 * <p><b>Decision: our own {@code MessageProcessor} inside the stack, not a loopback relay.</b> The
 * RI 1.3.0-91's own WS client is unusable (tech-notes §0 #4). Of the two ways around it, (a) a
 * {@link gov.nist.javax.sip.stack.MessageProcessorFactory} that keeps the stock factory for
 * UDP/TCP/TLS and returns our processor for WS/WSS, and (b) a relay that lets the stack speak TCP
 * to a loopback port and re-frames each message into a WebSocket, we chose (a): the RI already has
 * the seams (the factory is settable per stack; the transaction layer needs only a
 * {@code MessageChannel} that sends bytes and hands parsed messages to
 * {@code newSIPServerRequest/Response}), the stack sees the real transport (Via {@code WS},
 * {@code isReliable}, {@code isSecure}), there is no extra socket, thread or Content-Length re-parsing
 * on the way, and nothing listens on loopback for other local processes to abuse. The cost is
 * coupling to RI internals (ConnectionOrientedMessageChannel's delivery steps, the
 * RawMessageChannel cast in SIPTransactionImpl); the RI is frozen at 1.3.0-91, so they cannot move.
 *
 * <pre>
 *  JainSipSignalling ── stack.setMessageProcessorFactory(WebSocketProcessorFactory) ──┐
 *                                                                                       │ UDP/TCP/TLS → stock factory
 *  SipStackImpl ── ListeningPoint "WS"/"WSS" ──► WebSocketMessageProcessor (binds nothing; sent-by x.invalid)
 *                                                   │ one per server (matched by address and port)
 *                                                   ▼
 *                                   WebSocketMessageChannel ◄──parse (RI parser, Framing)── Flow ◄── java.net.http.WebSocket
 *                                         │ send: one SIP message = one text (or binary) frame ──► Flow
 *                                         └─► InboundDelivery ──► transactions / dialogs / SipListener
 * </pre>
 *
 * <p><b>Addressing</b> (RFC 7118 §5, as JsSIP and SIP.js): {@code Via: SIP/2.0/WS <random>.invalid},
 * {@code Contact: <sip:user@<random>.invalid;transport=ws>}; the server reaches us over the
 * connection (Kamailio: {@code fix_nated_register}/{@code add_contact_alias}). Every request over a
 * flow goes to its server, whatever the Route's host says.
 *
 * <p><b>Keep-alive</b>: a WebSocket Ping every {@link io.agentbar.sip.ws.WebSocketSettings#keepAlive()};
 * no Pong by the next one means the flow is dead. Kamailio 5.6.3 answers both Ping (with Pong)
 * and an RFC 5626 CRLFCRLF text message (with CRLF), measured; we use Ping because every RFC 6455
 * server must answer it and it never reaches the SIP layer. CRLFs the server sends are ignored.
 *
 * <p><b>Reconnection</b>: a flow that closes, errs or misses a Pong becomes Lost and is reopened
 * with {@link io.agentbar.sip.ws.Backoff} (RFC 5626 §4.5 style); {@link io.agentbar.sip.ws.FlowEvent}
 * tells the owner, which reports the registration lost and registers again when the flow is
 * restored. <b>TLS</b>: WSS uses the {@code SSLContext} given in the settings (trust comes from the
 * TLS settings), TLS 1.3/1.2 only, and the server name is verified (endpoint identification HTTPS).
 */
package io.agentbar.sip.ws;
