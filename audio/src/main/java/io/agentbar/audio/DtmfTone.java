package io.agentbar.audio;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.rtp.TelephoneEventSender;

/**
 * The ITU-T Q.23 tone pair of one key (a row frequency plus a column frequency), frame by frame:
 * the tone for a number of frames, then a pause before the next key may start. Phases carry over
 * from frame to frame so the tone has no clicks. Used twice: as the digit itself in calls that did
 * not negotiate telephone-event, and as the key tone the agent hears. Confined to one audio thread;
 * allocates nothing.
 */
final class DtmfTone {
    private static final double[] LOW = {697, 770, 852, 941};
    private static final double[] HIGH = {1209, 1336, 1477, 1633};
    private static final String KEYS = "123A456B789C*0#D";

    private final double level;
    private final int toneFrames;
    private final int gapFrames;
    private double lowStep;
    private double highStep;
    private double lowPhase;
    private double highPhase;
    private int framesLeft;

    /**
     * @param level      peak of the pair, as a fraction of full scale (each sine has half of it)
     * @param toneFrames how long the tone lasts, in 20 ms frames
     * @param gapFrames  the silence after it before {@link #idle()} holds again
     */
    DtmfTone(double level, int toneFrames, int gapFrames) {
        this.level = level * Short.MAX_VALUE;
        this.toneFrames = toneFrames;
        this.gapFrames = gapFrames;
    }

    /** As the digit itself: 100 ms, each tone at about −15 dBFS, then 60 ms (Q.24 wants ≥ 40 ms each). */
    static DtmfTone inBand() {
        return new DtmfTone(0.35, 5, 3);
    }

    /** As feedback for the agent: 100 ms, each tone at about −26 dBFS, quiet enough not to cover the caller. */
    static DtmfTone keyTone() {
        return new DtmfTone(0.1, 5, 1);
    }

    boolean idle() {
        return framesLeft == 0;
    }

    /** Starts a key; a character that is no DTMF key is ignored. */
    void start(char digit) {
        if (TelephoneEventSender.eventCode(digit) < 0) {
            return;
        }
        int key = KEYS.indexOf(Character.toUpperCase(digit));
        lowStep = 2 * Math.PI * LOW[key / 4] / PcmFormat.SAMPLE_RATE;
        highStep = 2 * Math.PI * HIGH[key % 4] / PcmFormat.SAMPLE_RATE;
        lowPhase = 0;
        highPhase = 0;
        framesLeft = toneFrames + gapFrames;
    }

    /** Replaces the frame with the tone while one is due (the microphone is not sent meanwhile). */
    void replace(short[] frame) {
        next(frame, false);
    }

    /** Adds the tone to the frame while one is due, clamped to the 16-bit range. */
    void add(short[] frame) {
        next(frame, true);
    }

    private void next(short[] frame, boolean mix) {
        if (framesLeft == 0) {
            return;
        }
        if (framesLeft > gapFrames) {
            for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
                double tone = level * (Math.sin(lowPhase) + Math.sin(highPhase)) / 2;
                frame[i] = PcmFormat.clamp(mix ? frame[i] + tone : tone);
                lowPhase += lowStep;
                highPhase += highStep;
            }
        }
        framesLeft--;
    }
}
