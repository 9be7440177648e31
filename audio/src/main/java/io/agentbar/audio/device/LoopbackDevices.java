package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Devices for the echo test line: for each call, the microphone hears what the speaker was
 * given {@code delay} earlier. An engine session running on them sends the caller's own voice
 * back, so the agent's test call needs no special media path.
 *
 * <pre>
 *  RTP in ─► decode ─► playback(callId).write ─► DelayLine ─► capture(callId).read ─► encode ─► RTP out
 * </pre>
 */
public final class LoopbackDevices implements DeviceFactory {
    private final int delayFrames;
    private final Map<String, DelayLine> lines = new ConcurrentHashMap<>();

    public LoopbackDevices(Duration delay) {
        if (delay.isNegative() || delay.toMillis() > 5000) {
            throw new IllegalArgumentException("loopback delay must be 0–5 s: " + delay);
        }
        this.delayFrames = (int) (delay.toMillis() / PcmFormat.FRAME_MILLIS);
    }

    @Override
    public CaptureDevice capture(String callId) {
        return new Capture(callId, line(callId));
    }

    @Override
    public PlaybackDevice playback(String callId) {
        return new Playback(callId, line(callId));
    }

    private DelayLine line(String callId) {
        return lines.computeIfAbsent(callId, id -> new DelayLine(delayFrames));
    }

    private void release(String callId, DelayLine line) {
        lines.remove(callId, line);
    }

    private final class Capture implements CaptureDevice {
        private final String callId;
        private final DelayLine line;
        private final FrameClock clock = new FrameClock();

        Capture(String callId, DelayLine line) {
            this.callId = callId;
            this.line = line;
        }

        @Override
        public String name() {
            return "loopback microphone";
        }

        @Override
        public void open() {
            clock.reset();
        }

        @Override
        public void read(short[] frame) {
            clock.awaitTick();
            line.take(frame);
        }

        @Override
        public void close() {
            release(callId, line);
        }
    }

    private final class Playback implements PlaybackDevice {
        private final String callId;
        private final DelayLine line;
        private final FrameClock clock = new FrameClock();

        Playback(String callId, DelayLine line) {
            this.callId = callId;
            this.line = line;
        }

        @Override
        public String name() {
            return "loopback speaker";
        }

        @Override
        public void open() {
            clock.reset();
        }

        @Override
        public void write(short[] frame) {
            clock.awaitTick();
            line.put(frame);
        }

        @Override
        public void close() {
            release(callId, line);
        }
    }
}
