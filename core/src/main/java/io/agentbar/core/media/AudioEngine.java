package io.agentbar.core.media;

import java.util.List;
import java.util.function.Consumer;

/** Runs the audio of calls: devices, codecs, RTP, jitter buffer. Implemented by the audio module. */
public interface AudioEngine extends AutoCloseable {
    /** Audio codecs in preference order (telephone-event is implied). */
    List<Codec> codecs();

    /**
     * Starts sending and receiving audio for one call. Returns at once; what the stream notices
     * later (first packet, RTP timeout, device lost) arrives as {@link MediaEvent}s, delivered on
     * audio threads: the consumer must only hand them over, never block.
     */
    MediaSession start(String callId, NegotiatedMedia media, MediaTransport transport, Consumer<MediaEvent> events);

    /**
     * Mixes two running sessions of this engine into a three-way conference with the agent.
     *
     * @throws IllegalArgumentException      when a session is not a running one of this engine
     * @throws IllegalStateException         when a session already is in a conference
     * @throws UnsupportedOperationException when the engine cannot mix (the default)
     */
    default Conference conference(MediaSession a, MediaSession b) {
        throw new UnsupportedOperationException("this audio engine cannot mix calls");
    }

    @Override
    void close();
}
