/**
 * Media values and ports. Signalling turns SDP into {@link io.agentbar.core.media.MediaDescription}
 * records; {@link io.agentbar.core.media.OfferAnswer} negotiates them (RFC 3264) into a
 * {@link io.agentbar.core.media.NegotiatedMedia}; the {@link io.agentbar.core.media.AudioEngine}
 * runs a {@link io.agentbar.core.media.MediaSession} over a {@link io.agentbar.core.media.MediaTransport}.
 *
 * <pre>
 *  Signalling --SDP--> MediaDescription --OfferAnswer--> NegotiatedMedia
 *                                                           |
 *  MediaTransports.open() --> MediaTransport ---------------+--> AudioEngine.start() --> MediaSession
 * </pre>
 *
 * Media state is its own machine ({@link io.agentbar.core.media.MediaState}), separate from call state.
 */
package io.agentbar.core.media;
