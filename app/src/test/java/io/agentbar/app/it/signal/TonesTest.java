package io.agentbar.app.it.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TonesTest {

    @Test
    void sineHasTheRequestedLengthPeakAndFrequency() {
        float[] tone = Tones.sine(1000, 8000, 2.0, 0.5);

        assertThat(tone).hasSize(16000);
        assertThat(peak(tone)).isCloseTo(0.5, within(1e-3));
        // a sine crosses zero upwards once per period
        assertThat(upwardZeroCrossings(tone)).isBetween(1999, 2001);
    }

    @Test
    void twoToneStaysWithinTheAmplitudeAndCarriesBothFrequencies() {
        float[] tone = Tones.twoTone(697, 1209, 8000, 1.0, 0.8);

        assertThat(peak(tone)).isLessThanOrEqualTo(0.8 + 1e-6); // float rounding
        assertThat(SignalAnalysis.toneEnergyRatio(tone, 8000, 697)).isCloseTo(0.5, within(0.05));
        assertThat(SignalAnalysis.toneEnergyRatio(tone, 8000, 1209)).isCloseTo(0.5, within(0.05));
    }

    @Test
    void silenceAndConcatenation() {
        float[] joined = Tones.concat(Tones.silence(8000, 0.5), Tones.sine(440, 8000, 0.25, 1));

        assertThat(joined).hasSize(6000);
        assertThat(SignalAnalysis.rms(joined, 0, 4000)).isZero();
        assertThat(SignalAnalysis.rms(joined, 4000, 2000)).isCloseTo(Math.sqrt(0.5), within(0.01));
    }

    @Test
    void frequenciesAboveNyquistAreRejected() {
        assertThatThrownBy(() -> Tones.sine(4000, 8000, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tones.sine(440, 8000, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double peak(float[] samples) {
        double peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    private static int upwardZeroCrossings(float[] samples) {
        int crossings = 0;
        for (int n = 1; n < samples.length; n++) {
            if (samples[n - 1] < 0 && samples[n] >= 0) {
                crossings++;
            }
        }
        return crossings;
    }
}
