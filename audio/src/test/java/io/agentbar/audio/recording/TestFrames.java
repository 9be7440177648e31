package io.agentbar.audio.recording;

import io.agentbar.audio.testing.Tones;

/** Test signals cut into 20 ms frames: a continuous tone per side, so frame edges do not click. */
final class TestFrames {
    static final int FRAME = 960;
    private final short[] agent;
    private final short[] customer;
    private final short[] agentFrame = new short[FRAME];
    private final short[] customerFrame = new short[FRAME];
    private int position;

    TestFrames(double agentHz, double customerHz) {
        // 1 s periods: 440 Hz and 1000 Hz both complete whole cycles in 48000 samples
        agent = Tones.sine(agentHz, 48_000, 48_000, 0.4);
        customer = Tones.sine(customerHz, 48_000, 48_000, 0.4);
    }

    /** Feeds {@code frames} frames to the recording as fast as it takes them. */
    void feed(CallRecording recording, int frames) {
        for (int i = 0; i < frames; i++) {
            next();
            recording.frame(agentFrame, customerFrame);
        }
    }

    void next() {
        System.arraycopy(agent, position, agentFrame, 0, FRAME);
        System.arraycopy(customer, position, customerFrame, 0, FRAME);
        position = (position + FRAME) % agent.length;
    }

    short[] agentFrame() {
        return agentFrame;
    }

    short[] customerFrame() {
        return customerFrame;
    }
}
