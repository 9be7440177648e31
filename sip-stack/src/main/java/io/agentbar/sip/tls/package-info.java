/**
 * SIP over TLS done the way reliability-security §4.1 asks: TLS 1.3/1.2 with forward-secret AEAD
 * suites only, trust in the JDK store plus the user's extra CAs and approved fingerprints, and the
 * RFC 5922 server-identity check the JAIN-SIP RI leaves out. Also the keep-alive of connection
 * flows (RFC 5626 §4.4.1), which TLS and TCP registrations share.
 *
 * <pre>
 *  TlsSettings (extra CAs, pins) ──► CertificateTrust ──► SSLContext (TlsProfile: versions, suites)
 *                                      │ in the handshake: chain (system CAs, extra CAs, pins),
 *                                      │ then ServerIdentity (RFC 5922 §7) against TlsTargets:
 *                                      │ the host dialled + the account domain of that registrar
 *  TlsSipStack ── TlsNetworkLayer: every TLS socket the RI opens comes from that SSLContext
 *  a refusal ──► SSLHandshakeException in the RI ──► SipException ──► TlsFailure.in(e) ──► reason
 *
 *  FlowKeepAlive: CRLFCRLF every ~25 s on the registration's flow; a lost flow ⇒ re-REGISTER
 * </pre>
 *
 * JAIN-SIP's {@code TlsSecurityPolicy} hook is deliberately not used: in 1.3.0-91 a refusal from it
 * is swallowed by {@code IOHandler.sendBytes}, which then keeps the unverified socket.
 *
 * The WebSocket transport uses the same trust: {@link io.agentbar.sip.tls.TlsSettings#sslContext()},
 * {@link io.agentbar.sip.tls.TlsProfile#apply(javax.net.ssl.SSLParameters)} and
 * {@link io.agentbar.sip.tls.ServerIdentity#verify}.
 */
package io.agentbar.sip.tls;
