package io.agentbar.app.it.signal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignalAnalysisTest {

    @Test
    void a440HzSineIsDetectedAndA1000HzSineIsNot() {
        float[] tone = Tones.sine(440, 8000, 2, 0.5);
        float[] other = Tones.sine(1000, 8000, 2, 0.5);

        assertThat(SignalAnalysis.containsTone(tone, 8000, 440, 0.95)).isTrue();
        assertThat(SignalAnalysis.containsTone(other, 8000, 440, 0.05)).isFalse();
        assertThat(SignalAnalysis.fractionOfFramesWithTone(other, 8000, 440)).isZero();
    }

    @Test
    void energyRatioIsNearOneAtTheToneAndNearZeroElsewhere() {
        float[] tone = Tones.sine(440, 8000, 0.05, 0.3);

        assertThat(SignalAnalysis.toneEnergyRatio(tone, 8000, 440)).isCloseTo(1.0, within(0.02));
        assertThat(SignalAnalysis.toneEnergyRatio(tone, 8000, 1000)).isLessThan(0.01);
        assertThat(SignalAnalysis.toneEnergyRatio(new float[400], 8000, 440)).isZero();
    }

    @Test
    void toneOnlyInHalfTheSignalCoversHalfTheFrames() {
        float[] half = Tones.concat(Tones.silence(8000, 1), Tones.sine(440, 8000, 1, 0.5));

        assertThat(SignalAnalysis.fractionOfFramesWithTone(half, 8000, 440)).isCloseTo(0.5, within(0.03));
        assertThat(SignalAnalysis.containsTone(half, 8000, 440, 0.4)).isTrue();
        assertThat(SignalAnalysis.containsTone(half, 8000, 440, 0.6)).isFalse();
    }

    @Test
    void toneIsFoundUnderNoise() {
        float[] tone = Tones.sine(1000, 8000, 1, 0.5);
        Random random = new Random(7);
        for (int n = 0; n < tone.length; n++) {
            tone[n] += (float) (random.nextGaussian() * 0.05); // about 17 dB SNR
        }

        assertThat(SignalAnalysis.containsTone(tone, 8000, 1000, 0.9)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"440,8000", "1000,8000", "441,48000", "3400,16000"})
    void dominantFrequencyIsFoundWithinOneHertz(double frequency, int rate) {
        float[] tone = Tones.sine(frequency, rate, 1.5, 0.5);

        assertThat(SignalAnalysis.dominantFrequency(tone, rate)).isCloseTo(frequency, within(1.0));
    }

    @Test
    void dominantFrequencyOfTwoTonesIsTheLouderOne() {
        float[] mix = Tones.sine(700, 8000, 1, 0.2);
        float[] loud = Tones.sine(1300, 8000, 1, 0.6);
        for (int n = 0; n < mix.length; n++) {
            mix[n] += loud[n];
        }

        assertThat(SignalAnalysis.dominantFrequency(mix, 8000)).isCloseTo(1300, within(1.0));
        assertThat(SignalAnalysis.dominantFrequency(new float[1024], 8000)).isZero();
    }

    @Test
    void delayedScaledCopyCorrelatesFullyAtItsLag() {
        float[] noise = noise(4000, 1);
        float[] delayed = new float[noise.length];
        for (int n = 37; n < noise.length; n++) {
            delayed[n] = 0.3f * noise[n - 37];
        }

        SignalAnalysis.Correlation correlation = SignalAnalysis.crossCorrelationPeak(noise, delayed, 200);

        assertThat(correlation.lag()).isEqualTo(37);
        assertThat(correlation.peak()).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void independentNoiseDoesNotCorrelate() {
        SignalAnalysis.Correlation correlation = SignalAnalysis.crossCorrelationPeak(noise(4000, 1), noise(4000, 2), 100);

        assertThat(correlation.peak()).isLessThan(0.15);
    }

    private static float[] noise(int length, long seed) {
        Random random = new Random(seed);
        float[] samples = new float[length];
        for (int n = 0; n < length; n++) {
            samples[n] = (float) (random.nextGaussian() * 0.2);
        }
        return samples;
    }
}
