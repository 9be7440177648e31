package io.agentbar.audio.device;

import java.util.Arrays;

/** A microphone that hears nothing, in real time. Also what the engine falls back to when a microphone fails. */
public final class SilentCapture implements CaptureDevice {
    private final FrameClock clock = new FrameClock();

    @Override
    public String name() {
        return "silence";
    }

    @Override
    public void open() {
        clock.reset();
    }

    @Override
    public void read(short[] frame) {
        clock.awaitTick();
        Arrays.fill(frame, (short) 0);
    }

    @Override
    public void close() {
        // nothing held
    }
}
