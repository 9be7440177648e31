/**
 * SRTP/SRTCP protection (RFC 3711, RFC 7714) over jitsi-srtp, and SDES key negotiation (RFC 4568).
 *
 * <pre>
 *   SDP a=crypto lines ──SdesNegotiation──► SrtpKeyPair (local, remote)
 *                                                 │                      DTLS-SRTP gives the same pair
 *                                                 ▼
 *   audio ─RTP─► SrtpPacketChannel.rtp ──protectRtp──► SrtpSession ──► plain PacketChannel (UDP/ICE)
 *   audio ◄RTP── SrtpPacketChannel.rtp ◄─unprotectRtp─ SrtpSession ◄── (forged/replayed: dropped, counted)
 *   same for RTCP with SrtpPacketChannel.rtcp
 * </pre>
 *
 * Keys never reach logs or {@code toString()}: {@link io.agentbar.sip.media.srtp.SrtpKeys},
 * {@link io.agentbar.sip.media.srtp.CryptoAttribute} and {@link io.agentbar.sip.media.srtp.SdesAnswer}
 * redact them, and only {@link io.agentbar.sip.media.srtp.CryptoAttribute#format()} writes one out.
 */
package io.agentbar.sip.media.srtp;
