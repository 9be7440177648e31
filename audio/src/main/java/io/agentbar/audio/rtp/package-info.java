/**
 * RTP and RTCP on the wire (RFC 3550), DTMF events (RFC 4733). Byte-level, allocation-free
 * readers and writers over caller-owned buffers; no I/O here.
 *
 * <pre>
 *  send:    payload ─► RtpPacketizer (V=2, SSRC, seq, timestamp, marker) ─► PacketChannel.send
 *           digit   ─► TelephoneEventSender (event, E bit, growing duration) ─┘
 *  receive: PacketChannel.receive ─► RtpPacket.parse (version, CSRC, extension, padding) ─► JitterBuffer
 *                                                                      └─► ReceptionStatistics
 *  RTCP:    ReceptionStatistics + sender counters ─► RtcpWriter (SR/RR + SDES, BYE)
 *           incoming compound ─► RtcpReader ─► ReportBlock (about our stream) + SR info (for LSR/DLSR)
 * </pre>
 */
package io.agentbar.audio.rtp;
