/**
 * ICE (RFC 8445) for the WebRTC media profile, over ice4j: full candidates in the SDP (no
 * trickle), one component (rtcp-mux), consent freshness (RFC 7675). DTLS-SRTP runs on top of
 * the {@link io.agentbar.sip.media.ice.IceConnection} this package hands out.
 *
 * <pre>
 *  IceSession.gather(bind, servers, controlling)          blocking, off the UI thread
 *    host: BoundAddressHarvester (a concrete address, loopback included)
 *          or ice4j's all-interfaces harvester (wildcard; never loopback)
 *    srflx: StunCandidateHarvester(user's STUN)   relay: TurnCandidateHarvester(user's TURN)
 *    relay-only: RelayOnlyAgent keeps host/srflx out of the SDP, the pairs and incoming checks
 *        │  localUfrag / localPassword / localCandidates / defaultAddress  ──► our SDP
 *        ▼
 *  connect(peer ufrag, pwd, candidates, timeout) ──► CompletableFuture&lt;IceConnection&gt;
 *        │   ice4j: WAITING → RUNNING → COMPLETED (future completes) | FAILED (fails); timeout fails
 *        ▼
 *  IceConnection: send / receive over the selected pair; consentLost() when the peer goes quiet
 *        │
 *  close(): agent freed, sockets and TURN allocations released
 * </pre>
 *
 * {@link io.agentbar.sip.media.ice.Ice4jConfiguration} sets ice4j's JVM-wide switches (no AWS
 * probe, no link-local, redacted addresses, quiet JUL) before the first Agent exists.
 */
package io.agentbar.sip.media.ice;
