package io.agentbar.audio.alert;

import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.audio.testing.Tones;
import io.agentbar.core.alert.AlertSignal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cadence, pitch and level of each alert, frame by frame (no clock needed). */
class AlertPatternTest {
    private static final int N = PcmFormat.FRAME_SAMPLES;

    @Test
    void silenceHasNoPattern() {
        assertThat(AlertPattern.of(AlertSignal.SILENCE, 1)).isNull();
    }

    @Test
    void autoAnswerBeepsAre120MsOfOneKilohertzEachSecond() {
        AlertPattern p = AlertPattern.of(AlertSignal.AUTO_ANSWER_BEEPS, 1);
        String cadence = cadence(p, 100);
        assertThat(cadence).isEqualTo(("1".repeat(6) + "0".repeat(44)).repeat(2));
        short[] frame = new short[N];
        AlertPattern.of(AlertSignal.AUTO_ANSWER_BEEPS, 1).next(frame);
        assertThat(Tones.amplitude(frame, 0, N, 1000, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.3);
        assertThat(Tones.amplitude(frame, 0, N, 440, PcmFormat.SAMPLE_RATE)).isLessThan(0.02);
    }

    @Test
    void ringIsTheFourFortyFourEightyPairTwoSecondsOnFourOff() {
        assertThat(cadence(AlertPattern.of(AlertSignal.RING, 1), 600))
                .isEqualTo(("1".repeat(100) + "0".repeat(200)).repeat(2));
        short[] frame = new short[N];
        AlertPattern.of(AlertSignal.RING, 1).next(frame);
        assertThat(Tones.amplitude(frame, 0, N, 440, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.2);
        assertThat(Tones.amplitude(frame, 0, N, 480, PcmFormat.SAMPLE_RATE)).isGreaterThan(0.2);
    }

    @Test
    void callWaitingIsASoftPipEveryFourSeconds() {
        assertThat(cadence(AlertPattern.of(AlertSignal.CALL_WAITING, 1), 200))
                .isEqualTo("1".repeat(15) + "0".repeat(185));
        assertThat(peak(AlertPattern.of(AlertSignal.CALL_WAITING, 1))).isLessThan(peak(AlertPattern.of(AlertSignal.RING, 1)) / 2);
    }

    @Test
    void volumeScalesTheRingButTheBeepsStayAudible() {
        int full = peak(AlertPattern.of(AlertSignal.RING, 1));
        assertThat(peak(AlertPattern.of(AlertSignal.RING, 0.5))).isBetween(full / 2 - 50, full / 2 + 50);
        assertThat(peak(AlertPattern.of(AlertSignal.RING, 0))).isZero();
        assertThat(peak(AlertPattern.of(AlertSignal.AUTO_ANSWER_BEEPS, 0)))
                .isEqualTo(peak(AlertPattern.of(AlertSignal.AUTO_ANSWER_BEEPS, 0.25))).isPositive();
        assertThat(peak(AlertPattern.of(AlertSignal.RING, 7))).as("clamped").isEqualTo(full);
    }

    /** One character per frame: 1 for tone, 0 for silence. */
    private static String cadence(AlertPattern p, int frames) {
        StringBuilder s = new StringBuilder();
        short[] frame = new short[N];
        for (int i = 0; i < frames; i++) {
            p.next(frame);
            s.append(Tones.rms(frame, 0, N) > 0 ? '1' : '0');
        }
        return s.toString();
    }

    private static int peak(AlertPattern p) {
        short[] frame = new short[N];
        p.next(frame);
        int peak = 0;
        for (short v : frame) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }
}
