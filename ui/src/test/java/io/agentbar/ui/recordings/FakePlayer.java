package io.agentbar.ui.recordings;

import io.agentbar.core.recording.PlaybackState;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingPlayer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A player that plays nothing: it notes the commands and reports states as a real one would, on the caller's thread. */
public final class FakePlayer implements RecordingPlayer {
    public final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Consumer<PlaybackState>> listeners = new CopyOnWriteArrayList<>();
    private boolean playing;

    @Override
    public void play(RecordingEntry entry) {
        commands.add("play " + entry.file().getFileName());
        playing = true;
        publish(new PlaybackState.Playing(entry.file()));
    }

    @Override
    public void stop() {
        commands.add("stop");
        if (playing) {
            playing = false;
            publish(new PlaybackState.Idle());
        }
    }

    /** What the real player says when a file ends or cannot be played. */
    public void publish(PlaybackState state) {
        playing = state instanceof PlaybackState.Playing;
        listeners.forEach(l -> l.accept(state));
    }

    @Override
    public void subscribe(Consumer<PlaybackState> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        stop();
    }
}
