package io.agentbar.audio;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.rtp.TelephoneEventSender;

/**
 * DTMF as audio (ITU-T Q.23 tone pairs) for calls that did not negotiate telephone-event:
 * 100 ms of the two tones in place of the microphone, then 60 ms before the next digit.
 * Confined to the send thread; phases are kept so consecutive frames join without clicks.
 */
final class InBandDtmf {
    private static final double[] LOW = {697, 770, 852, 941};
    private static final double[] HIGH = {1209, 1336, 1477, 1633};
    private static final String KEYS = "123A456B789C*0#D";
    private static final int TONE_FRAMES = 5;
    private static final int GAP_FRAMES = 3;
    /** Each tone at about −9 dBFS, the pair well below clipping. */
    private static final double LEVEL = 0.35 * Short.MAX_VALUE;

    private double lowStep;
    private double highStep;
    private double lowPhase;
    private double highPhase;
    private int framesLeft;

    boolean idle() {
        return framesLeft == 0;
    }

    void start(char digit) {
        if (TelephoneEventSender.eventCode(digit) < 0) {
            return;
        }
        int key = KEYS.indexOf(Character.toUpperCase(digit));
        lowStep = 2 * Math.PI * LOW[key / 4] / PcmFormat.SAMPLE_RATE;
        highStep = 2 * Math.PI * HIGH[key % 4] / PcmFormat.SAMPLE_RATE;
        lowPhase = 0;
        highPhase = 0;
        framesLeft = TONE_FRAMES + GAP_FRAMES;
    }

    /** Replaces the frame with the tone while one is due. */
    void mix(short[] frame) {
        if (framesLeft == 0) {
            return;
        }
        if (framesLeft > GAP_FRAMES) {
            for (int i = 0; i < PcmFormat.FRAME_SAMPLES; i++) {
                frame[i] = (short) (LEVEL * (Math.sin(lowPhase) + Math.sin(highPhase)) / 2);
                lowPhase += lowStep;
                highPhase += highStep;
            }
        }
        framesLeft--;
    }
}
