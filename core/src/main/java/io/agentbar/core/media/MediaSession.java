package io.agentbar.core.media;

/** A running audio stream of one call. */
public interface MediaSession extends AutoCloseable {
    void setMicrophoneMuted(boolean muted);

    void setSpeakerMuted(boolean muted);

    /** Sends one DTMF digit (0-9, *, #, A-D) as RFC 4733 events when negotiated. */
    void sendDtmf(char digit);

    /**
     * Plays a short DTMF tone to the agent only, as feedback for a pressed key; the far end does
     * not hear it. Sessions without a local playback (test lines, fakes) need not do anything.
     */
    default void playKeyTone(char digit) {
    }

    MediaStatistics statistics();

    /**
     * Starts handing both sides of the audio to {@code tap}, once per frame, until it is removed
     * or the session closes. Engines that cannot tap ignore it.
     */
    default void addTap(AudioTap tap) {
    }

    /** Stops calling {@code tap}; after this returns, at most one call already under way may still finish. */
    default void removeTap(AudioTap tap) {
    }

    /** Stops the stream and closes its transport. Idempotent. */
    @Override
    void close();
}
