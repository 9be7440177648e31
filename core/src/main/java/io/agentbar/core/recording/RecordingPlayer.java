package io.agentbar.core.recording;

import java.util.function.Consumer;

/**
 * Plays a recording to the agent, one at a time. Commands return at once (the audio plays on
 * the adapter's own thread) and never throw for a missing device or a broken file: those become
 * {@link PlaybackState.Failed}. Listeners are called on any thread, one change at a time.
 */
public interface RecordingPlayer extends AutoCloseable {
    /** Plays {@code entry} from its start, stopping whatever played before. */
    void play(RecordingEntry entry);

    /** Stops playing; nothing happens when nothing plays. */
    void stop();

    void subscribe(Consumer<PlaybackState> listener);

    /** Stops and releases the device. */
    @Override
    void close();
}
