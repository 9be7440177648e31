/**
 * DTLS-SRTP key agreement (RFC 5763/5764, SDP per RFC 8842) on BouncyCastle bctls: it turns the
 * signalled {@code a=setup}/{@code a=fingerprint} and a datagram path into SRTP master keys.
 * Packet protection itself is the SRTP layer's job.
 *
 * <pre>
 *  SDP offer/answer ──► DtlsSetup.roleAs…() ──► DtlsRole
 *  SDP a=fingerprint ─► Fingerprint.parse() ──► expected peer fingerprint
 *  ICE socket ─demux(first byte 20..63)─► QueuedDtlsPackets.deliver()
 *                                              │ DtlsPackets
 *  DtlsSrtpHandshake.start(packets, role, DtlsCertificate, fingerprint, timeout)
 *      thread dtls-&lt;role&gt;-n:  PacketTransport ─► bctls DTLS 1.2 client|server
 *                              (use_srtp, mutual certificates, fingerprint pin)
 *      keys() ◄── exporter "EXTRACTOR-dtls_srtp" split by role ──► DtlsSrtpKeys ─► SRTP layer
 *      then idles (answers retransmitted flights) until close() / peer close_notify
 * </pre>
 *
 * Key material and private keys never reach logs or {@code toString()}.
 */
package io.agentbar.sip.media.dtls;
