package io.agentbar.audio.device;

import io.agentbar.audio.pcm.PcmFormat;

/** A microphone that hears a steady sine, in real time: the test line's "say something". */
public final class ToneCapture implements CaptureDevice {
    private final FrameClock clock = new FrameClock();
    private final double frequencyHz;
    private final double step;
    private final double peak;
    private double phase;

    /** A tone at 30 % of full scale (about −10 dBFS). */
    public ToneCapture(double frequencyHz) {
        this(frequencyHz, 0.3);
    }

    /**
     * @param amplitude peak level, 0..1 of full scale
     */
    public ToneCapture(double frequencyHz, double amplitude) {
        if (frequencyHz <= 0 || frequencyHz >= PcmFormat.SAMPLE_RATE / 2.0 || amplitude < 0 || amplitude > 1) {
            throw new IllegalArgumentException("tone " + frequencyHz + " Hz at " + amplitude + " is out of range");
        }
        this.frequencyHz = frequencyHz;
        this.step = 2 * Math.PI * frequencyHz / PcmFormat.SAMPLE_RATE;
        this.peak = amplitude * Short.MAX_VALUE;
    }

    @Override
    public String name() {
        return "tone " + frequencyHz + " Hz";
    }

    @Override
    public void open() {
        clock.reset();
    }

    @Override
    public void read(short[] frame) {
        clock.awaitTick();
        for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
            frame[i] = (short) Math.round(peak * Math.sin(phase));
            phase += step;
        }
        phase %= 2 * Math.PI; // keep the phase small so precision does not erode over a long call
    }

    @Override
    public void close() {
        // nothing held
    }
}
