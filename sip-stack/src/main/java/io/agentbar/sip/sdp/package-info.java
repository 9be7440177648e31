/**
 * SDP (RFC 8866) for one audio stream, turned into and out of core's
 * {@link io.agentbar.core.media.MediaDescription}. SDP text never leaves the SIP module.
 *
 * <pre>
 *  offer/answer text ──parse──► SessionDescription (audio MediaDescription + m-line layout)
 *  MediaDescription ──write──► offer text
 *  MediaDescription + SessionDescription of the offer ──writeAnswer──► answer text
 *                                 (same m-lines, non-audio ones rejected with port 0, RFC 3264 §6)
 * </pre>
 *
 * The parser is our own and small on purpose: it reads what baresip, Asterisk and Kamailio peers
 * send, skips what it does not know, never resolves host names and reports bad input as an
 * {@link io.agentbar.sip.sdp.SdpException} rather than throwing unchecked exceptions.
 */
package io.agentbar.sip.sdp;
