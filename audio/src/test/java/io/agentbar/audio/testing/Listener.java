package io.agentbar.audio.testing;

import io.agentbar.audio.device.FrameClock;
import io.agentbar.audio.device.PlaybackDevice;
import io.agentbar.audio.pcm.PcmFormat;

import java.util.concurrent.CountDownLatch;

/**
 * A real-time speaker for tests that keeps the last second it was given and counts audible
 * frames, so a test can wait for sound after some moment and then look at what was heard.
 */
public final class Listener implements PlaybackDevice {
    private static final int FRAMES = 50;
    private final String name;
    private final FrameClock clock = new FrameClock();
    private final short[] history = new short[FRAMES * PcmFormat.FRAME_SAMPLES];
    private long written;
    private volatile CountDownLatch audible = new CountDownLatch(0);

    public Listener(String name) {
        this.name = name;
    }

    /** A latch that opens once {@code frames} audible frames were played after this call. */
    public CountDownLatch expectAudible(int frames) {
        CountDownLatch latch = new CountDownLatch(frames);
        audible = latch;
        return latch;
    }

    /** The last {@code frames} frames played, oldest first. */
    public synchronized short[] last(int frames) {
        int n = frames * PcmFormat.FRAME_SAMPLES;
        short[] out = new short[n];
        long end = written * PcmFormat.FRAME_SAMPLES;
        for (int i = 0; i < n; i++) {
            out[i] = history[(int) Math.floorMod(end - n + i, (long) history.length)];
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() {
        clock.reset();
    }

    @Override
    public void write(short[] frame) {
        clock.awaitTick();
        synchronized (this) {
            int at = (int) (written % FRAMES) * PcmFormat.FRAME_SAMPLES;
            System.arraycopy(frame, 0, history, at, PcmFormat.FRAME_SAMPLES);
            written++;
        }
        if (Tones.rms(frame, 0, frame.length) > 0.05) {
            audible.countDown();
        }
    }

    @Override
    public void close() {
        // nothing held
    }
}
