package io.agentbar.audio;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.NullPlayback;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.core.media.MediaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * The speaker as the playout loop sees it: it never throws. A failed device is reported once and
 * replaced by a real-time discard, so the jitter buffer keeps draining at the right pace.
 */
final class GuardedPlayback {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedPlayback.class);

    private final String callId;
    private final EventSink events;
    private final BooleanSupplier running;
    private volatile PlaybackDevice device;

    GuardedPlayback(String callId, PlaybackDevice device, EventSink events, BooleanSupplier running) {
        this.callId = callId;
        this.running = running;
        this.device = device;
        this.events = events;
    }

    void open() {
        try {
            device.open();
        } catch (AudioDeviceException | RuntimeException e) {
            fail(e);
        }
    }

    void write(short[] frame) {
        try {
            device.write(frame);
        } catch (AudioDeviceException | RuntimeException e) {
            fail(e);
        }
    }

    void close() {
        device.close();
    }

    /** Closes the device in use and opens {@code fresh} in its place (e.g. after a conference). */
    void replace(PlaybackDevice fresh) {
        device.close();
        device = fresh;
        open();
    }

    private void fail(Exception e) {
        if (!running.getAsBoolean()) {
            return; // closed under us while stopping: not a failure worth reporting
        }
        PlaybackDevice failed = device;
        LOG.warn("speaker {} failed in call {}: {}", failed.name(), callId, e.getMessage());
        failed.close();
        NullPlayback discard = new NullPlayback();
        discard.open();
        device = discard;
        events.emit(new MediaEvent.DeviceFailed(callId, failed.name(), String.valueOf(e.getMessage())));
    }
}
