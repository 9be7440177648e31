package io.agentbar.audio;

import io.agentbar.audio.device.AudioDeviceException;
import io.agentbar.audio.device.CaptureDevice;
import io.agentbar.audio.device.SilentCapture;
import io.agentbar.core.media.MediaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * The microphone as the send loop sees it: it never throws. When the real device fails to open
 * or stops, the call is told once ({@code DeviceFailed}) and silence in real time takes its
 * place, so RTP keeps flowing and the far end keeps hearing a live stream.
 */
final class GuardedCapture {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedCapture.class);

    private final String callId;
    private final EventSink events;
    private final BooleanSupplier running;
    private volatile CaptureDevice device;

    GuardedCapture(String callId, CaptureDevice device, EventSink events, BooleanSupplier running) {
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

    void read(short[] frame) {
        try {
            device.read(frame);
        } catch (AudioDeviceException | RuntimeException e) {
            fail(e);
            java.util.Arrays.fill(frame, (short) 0);
        }
    }

    void close() {
        device.close();
    }

    /** Closes the device in use and opens {@code fresh} in its place (e.g. after a conference). */
    void replace(CaptureDevice fresh) {
        device.close();
        device = fresh;
        open();
    }

    private void fail(Exception e) {
        if (!running.getAsBoolean()) {
            return; // closed under us while stopping: not a failure worth reporting
        }
        CaptureDevice failed = device;
        LOG.warn("microphone {} failed in call {}: {}", failed.name(), callId, e.getMessage());
        failed.close();
        SilentCapture silence = new SilentCapture();
        silence.open();
        device = silence;
        events.emit(new MediaEvent.DeviceFailed(callId, failed.name(), String.valueOf(e.getMessage())));
    }
}
