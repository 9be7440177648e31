/**
 * Plain RTP/RTCP packet paths over UDP: one {@link io.agentbar.sip.media.UdpMediaTransport} per
 * call, an RTP socket on an even port and RTCP on the next one (RFC 3550 §11).
 *
 * <pre>
 *              connect(sdpRtp, sdpRtcp)
 *                     │
 *  audio ─send─► LatchingChannel(RTP) ──► remote (SDP address, later the latched source)
 *  audio ◄recv── LatchingChannel(RTP) ◄── packets from the remote only
 *                     │ 4 valid in-sequence packets from one other source ⇒ latch (RFC 4961)
 *  same for RTCP on port + 1
 * </pre>
 *
 * One thread sends and one thread receives per channel; they share only volatile fields.
 */
package io.agentbar.sip.media;
