package io.agentbar.audio.alert;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.alert.AlertSignal;

/**
 * The frames of one alert: a tone pair switched on and off in a cadence of 20 ms frames. Phases
 * carry over between frames so the tone has no clicks; a frame starts and ends the tone only
 * at frame edges, which is inaudible at these levels. Confined to the ringer thread; allocates nothing.
 */
final class AlertPattern {
    private final double lowStep;
    private final double highStep;
    /** On and off lengths in frames, repeated: {on, off, on, off, ...}. */
    private final int[] cadence;
    private double level;
    private double lowPhase;
    private double highPhase;
    private int step;
    private int framesLeft;

    private AlertPattern(double lowHz, double highHz, double level, int... cadence) {
        this.lowStep = 2 * Math.PI * lowHz / PcmFormat.SAMPLE_RATE;
        this.highStep = 2 * Math.PI * highHz / PcmFormat.SAMPLE_RATE;
        this.level = level;
        this.cadence = cadence;
        this.framesLeft = cadence[0];
    }

    /**
     * The pattern of a signal, or {@code null} for silence.
     *
     * @param volume 0 to 1, the agent's ringtone volume; the beeps never go below a quarter of full,
     *               since they warn that a call is about to be answered
     */
    static AlertPattern of(AlertSignal signal, double volume) {
        double v = Math.clamp(volume, 0, 1);
        return switch (signal) {
            case SILENCE -> null;
            // the North American ring pair (440 + 480 Hz), 2 s on and 4 s off: a phone, not an alarm
            case RING -> new AlertPattern(440, 480, 0.5 * v, 100, 200);
            // one soft 440 Hz pip every 4 s, under the conversation
            case CALL_WAITING -> new AlertPattern(440, 440, 0.15 * v, 15, 185);
            // a short 1 kHz beep each second, the countdown of an automatic answer
            case AUTO_ANSWER_BEEPS -> new AlertPattern(1000, 1000, 0.4 * Math.max(v, 0.25), 6, 44);
        };
    }

    /** Fills the next 20 ms. */
    void next(short[] frame) {
        boolean on = step % 2 == 0;
        double peak = level * Short.MAX_VALUE / 2;
        for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
            if (on) {
                frame[i] = (short) Math.round(peak * (Math.sin(lowPhase) + Math.sin(highPhase)));
                lowPhase += lowStep;
                highPhase += highStep;
            } else {
                frame[i] = 0;
            }
        }
        lowPhase %= 2 * Math.PI;
        highPhase %= 2 * Math.PI;
        if (--framesLeft == 0) {
            step = (step + 1) % cadence.length;
            framesLeft = cadence[step];
        }
    }
}
