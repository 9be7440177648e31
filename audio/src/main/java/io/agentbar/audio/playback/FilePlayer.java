package io.agentbar.audio.playback;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.recording.PlaybackState;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Plays recording files to the agent on a speaker, one at a time. Each play gets a fresh device
 * and thread, so the speaker is held only while something plays; stopping closes the device,
 * which unblocks a pending write. State changes are published under this player's lock, so a
 * listener sees them in order and never hears from a play that was already replaced.
 */
public final class FilePlayer implements RecordingPlayer {
    private static final Logger LOG = LoggerFactory.getLogger(FilePlayer.class);

    private final Supplier<PlaybackDevice> devices;
    private final List<Consumer<PlaybackState>> listeners = new CopyOnWriteArrayList<>();
    private Play current;

    /** @param devices a fresh, unopened speaker for each play */
    public FilePlayer(Supplier<PlaybackDevice> devices) {
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    @Override
    public synchronized void play(RecordingEntry entry) {
        halt();
        current = new Play(entry.file(), devices.get());
        publish(new PlaybackState.Playing(entry.file()));
        Thread.ofPlatform().daemon().name("recording playback").start(current);
    }

    @Override
    public synchronized void stop() {
        if (current != null) {
            halt();
            publish(new PlaybackState.Idle());
        }
    }

    @Override
    public void subscribe(Consumer<PlaybackState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        stop();
    }

    private void halt() {
        if (current != null) {
            current.stopped = true;
            current.device.close();
            current = null;
        }
    }

    /** The play's own thread ends: tell listeners, unless a newer command already did. */
    private synchronized void ended(Play play, PlaybackState state) {
        if (current == play) {
            current = null;
            publish(state);
        }
    }

    private void publish(PlaybackState state) {
        for (Consumer<PlaybackState> l : listeners) {
            try {
                l.accept(state);
            } catch (RuntimeException e) {
                LOG.warn("a playback listener failed on {}", state, e);
            }
        }
    }

    private final class Play implements Runnable {
        private final Path file;
        private final PlaybackDevice device;
        private volatile boolean stopped;

        Play(Path file, PlaybackDevice device) {
            this.file = file;
            this.device = device;
        }

        @Override
        public void run() {
            PlaybackState outcome = new PlaybackState.Idle();
            short[] frame = new short[PcmFormat.FRAME_SAMPLES];
            try (PcmSource source = PcmSource.open(file)) {
                device.open();
                int n;
                while (!stopped && (n = source.read(frame)) > 0) {
                    java.util.Arrays.fill(frame, n, frame.length, (short) 0); // the last frame is padded with silence
                    device.write(frame);
                }
            } catch (AudioDeviceException e) {
                if (!stopped) {
                    LOG.warn("speaker {} failed while playing {}: {}", device.name(), file.getFileName(), e.getMessage());
                    outcome = new PlaybackState.Failed(file, "The speaker cannot play: " + e.getMessage());
                }
            } catch (IOException e) {
                LOG.info("cannot play {}: {}", file.getFileName(), e.getMessage());
                outcome = new PlaybackState.Failed(file, "The recording cannot be read: " + e.getMessage());
            } finally {
                device.close();
            }
            ended(this, outcome);
        }
    }
}
